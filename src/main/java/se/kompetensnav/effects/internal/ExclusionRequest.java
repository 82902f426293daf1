package se.kompetensnav.effects.internal;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.effects.model.TypicalCase;

/** A cost-of-exclusion question: which typical case, at what age, in which year's prices. */
public record ExclusionRequest(@Nullable TypicalCase typicalCase, @Nullable Integer age, @Nullable Integer year,
		@Nullable Double discountRate) {
}
