package se.kompetensnav.employers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An opportunity as entered (page or API); validated by {@link Opportunities}. Dates as ISO text (yyyy-MM-dd). */
public record OpportunityForm(@Nullable String kind, @Nullable String title, @Nullable String description,
		@Nullable String occupationId, @Nullable String municipalityCode, @Nullable String startDate,
		@Nullable Integer positions, @Nullable List<String> drivingLicences, @Nullable List<String> languages,
		@Nullable Boolean partTime, @Nullable Boolean supportedEmployment, @Nullable Boolean supervisor,
		@Nullable Boolean open, @Nullable List<CriticalFunctionForm.SkillRequirementForm> skills) {

	public List<CriticalFunctionForm.SkillRequirementForm> skillRows() {
		return skills == null ? List.of() : skills;
	}
}
