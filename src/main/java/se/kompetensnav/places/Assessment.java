package se.kompetensnav.places;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An attractiveness assessment of a municipality (or a town within it), answered by municipality and industry. */
public record Assessment(long id, String municipalityCode, String municipalityName, @Nullable String town,
		String title, String createdBy, Instant createdAt, String comparisonBasis, List<String> chosenCodes,
		boolean demo, List<RespondentInfo> respondents) {

	/** A respondent: the link token is the respondent's key to the form. */
	public record RespondentInfo(long id, String token, String name, String side, String organisation,
			@Nullable Instant completedAt, int answered) {
	}

	public long completed() {
		return respondents.stream().filter(r -> r.completedAt() != null).count();
	}
}
