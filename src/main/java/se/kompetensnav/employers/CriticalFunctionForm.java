package se.kompetensnav.employers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A critical function as entered (page or API); validated by {@link CompetenceNeeds}. */
public record CriticalFunctionForm(@Nullable String title, @Nullable String occupationId, @Nullable String reason,
		@Nullable Integer headcountNow, @Nullable Integer headcount1y, @Nullable Integer headcount3y,
		@Nullable Integer headcount5y, @Nullable String templateKey, @Nullable List<SkillRequirementForm> skills) {

	/** One skill row as entered. */
	public record SkillRequirementForm(@Nullable String skillId, @Nullable String importance, @Nullable Integer level) {
	}

	public List<SkillRequirementForm> skillRows() {
		return skills == null ? List.of() : skills;
	}
}
