package se.kompetensnav.network;

import org.jspecify.annotations.Nullable;

/**
 * An editable funding or eligibility hint: when {@code fact} lies within [min, max] (either end open), show
 * {@code hint} with its {@code source}. A hint, never legal advice.
 */
public record FundingRule(long id, String title, FundingFact fact, @Nullable Integer min, @Nullable Integer max,
		String hint, String source, boolean demo, @Nullable String updatedBy) {

	public FundingScope scope() {
		return fact.scope();
	}

	public boolean applies(int value) {
		return (min == null || value >= min) && (max == null || value <= max);
	}
}
