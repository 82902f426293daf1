package se.kompetensnav.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an employer (or a consultant for them) asks for: either a recorded competence need ({@code functionId}, whose
 * occupation and skills are used) or an occupation with its must-have and nice-to-have skills; how many people, when
 * and where. Numbers and dates come as typed, so that a bad one is reported at its field.
 */
public record CohortRequest(@Nullable String title, @Nullable Long organisationId, @Nullable Long functionId,
		@Nullable String occupationId, List<String> mustSkillIds, List<String> niceSkillIds, @Nullable String headcount,
		@Nullable String startDate, @Nullable String municipalityCode) {

	public CohortRequest {
		mustSkillIds = List.copyOf(mustSkillIds);
		niceSkillIds = List.copyOf(niceSkillIds);
	}
}
