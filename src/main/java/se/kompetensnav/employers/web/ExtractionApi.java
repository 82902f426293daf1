package se.kompetensnav.employers.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.employers.Opportunity;
import se.kompetensnav.employers.SkillExtractor;
import se.kompetensnav.employers.SkillRequirement;
import se.kompetensnav.employers.SkillSuggestion;

@RestController
@RequestMapping("/api/employers")
@Tag(name = "Skill extraction", description = "Taxonomy skills found in Swedish free text")
class ExtractionApi {

	private static final int MAX_TEXT = 100_000;

	private final SkillExtractor extractor = SkillExtractor.shared();

	private final Opportunities opportunities;

	ExtractionApi(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	@PostMapping("/extract")
	@Operation(summary = "Suggest skills, occupations, languages and driving licences in a Swedish text, with "
			+ "offsets and whether the text requires them, calls them a merit or says they are not needed")
	List<SkillSuggestion> extract(@RequestBody Map<String, @Nullable String> body) {
		String text = body.get("text");
		if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
			throw new InvalidInputException(FieldError.of("text", "employers.extract.error.text"));
		}
		return extractor.extract(text);
	}

	@PutMapping("/opportunities/{id}/skills")
	@Operation(summary = "Store the skills the user accepted for an opportunity (replaces its skills)")
	Opportunity accept(@PathVariable long id, @RequestBody List<SkillRequirement> skills) {
		if (!opportunities.canEdit(opportunities.get(id))) {
			throw new se.kompetensnav.common.NotFoundException("opportunity", id);
		}
		return opportunities.replaceSkills(id, skills);
	}
}
