package se.kompetensnav.employers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.taxonomy.ConceptType;

/** Validation of entered skill rows, shared by functions and opportunities. */
final class SkillRows {

	private SkillRows() {
	}

	/** Valid rows as requirements (a repeated skill keeps its first row); problems go to {@code errors}. */
	static List<SkillRequirement> validate(List<CriticalFunctionForm.SkillRequirementForm> rows, String field,
			List<FieldError> errors) {
		Map<String, SkillRequirement> result = new LinkedHashMap<>();
		TaxonomyFiles tax = TaxonomyFiles.shared();
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			String f = field + "[" + i + "]";
			String id = row.skillId() == null ? "" : row.skillId().strip();
			if (id.isEmpty()) {
				continue;
			}
			if (!tax.is(id, ConceptType.SKILL)) {
				errors.add(FieldError.of(f + ".skillId", "employers.error.skill", id));
				continue;
			}
			Importance importance;
			try {
				importance = Importance.valueOf(row.importance() == null ? "" : row.importance().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				errors.add(FieldError.of(f + ".importance", "employers.error.importance"));
				continue;
			}
			int level = row.level() == null ? 1 : row.level();
			if (level < SkillRequirement.MIN_LEVEL || level > SkillRequirement.MAX_LEVEL) {
				errors.add(FieldError.of(f + ".level", "employers.error.level"));
				continue;
			}
			result.putIfAbsent(id, new SkillRequirement(id, importance, level));
		}
		return new ArrayList<>(result.values());
	}
}
