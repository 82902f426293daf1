package se.kompetensnav.people.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A new participant as entered in the form, the API or an import row: text as typed, parsed and validated by
 * {@link ParticipantService} so that every problem is reported at its field.
 *
 * @param targetGroups target group codes, e.g. {@code LONG_TERM_UNEMPLOYED}
 * @param languages comma-separated language names or taxonomy ids
 * @param entryDate the wished entry date (today when empty); ignored when the programme is full
 * @param consultantId whom to assign (unit managers); a consultant is always assigned to themselves
 */
public record ParticipantInput(@Nullable Long programmeId, @Nullable String givenName, @Nullable String familyName,
		@Nullable String personnummer, @Nullable String birthDate, @Nullable String gender,
		@Nullable String municipalityCode, @Nullable String sunLevel, @Nullable String labourMarketStatus,
		@Nullable String unemployedSince, @Nullable String incomeSource, @Nullable List<String> targetGroups,
		@Nullable String languages, @Nullable String drivingLicences, @Nullable Boolean ruralArea,
		@Nullable String health, @Nullable String disability, @Nullable String foreignBackground,
		@Nullable String thirdCountryNational, @Nullable String minority, @Nullable String homeless,
		@Nullable String entryDate, @Nullable List<String> occupationsWanted,
		@Nullable List<String> occupationsExperienced, @Nullable List<SkillInput> skills,
		@Nullable Long consultantId) {

	/** A skill: taxonomy concept id, level 1-5, FORMAL, INFORMAL or VALIDATED. */
	public record SkillInput(@Nullable String conceptId, @Nullable String level, @Nullable String acquired) {
	}
}
