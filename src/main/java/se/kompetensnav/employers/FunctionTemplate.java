package se.kompetensnav.employers;

import java.util.List;

/**
 * An editable starting point for a critical function in one sector of the green industry.
 *
 * @param sector GREEN_STEEL, METAL, BATTERY, HYDROGEN, DATA_CENTRE or GREENHOUSE
 */
public record FunctionTemplate(String key, String sector, String title, String occupationId, NeedReason reason,
		List<SkillRequirement> skills) {

	/** The template as a form to edit, with zero headcounts. */
	public CriticalFunctionForm toForm() {
		return new CriticalFunctionForm(title, occupationId, reason.name(), 0, 0, 0, 0, key,
				skills.stream().map(s -> new CriticalFunctionForm.SkillRequirementForm(s.skillId(),
						s.importance().name(), s.level())).toList());
	}
}
