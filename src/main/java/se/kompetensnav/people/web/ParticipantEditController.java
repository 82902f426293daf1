package se.kompetensnav.people.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.people.Answer;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.IncomeSource;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.SkillAcquisition;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.TargetGroup;
import se.kompetensnav.people.internal.ParticipantInput;
import se.kompetensnav.people.internal.ParticipantInput.SkillInput;
import se.kompetensnav.people.internal.ParticipantService;
import se.kompetensnav.people.internal.ParticipantView;
import se.kompetensnav.people.internal.Sensitive;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.Taxonomy;
import se.kompetensnav.web.FormErrors;

/**
 * Editing a participant's facts, occupations and skills. Skills and occupations are picked with the taxonomy's
 * autocomplete (static/js/taxonomy.js): each existing entry is a row that can be changed or removed, and one new row
 * adds an entry per save.
 */
@Controller
class ParticipantEditController {

	static final String EDIT = "people/edit";

	static final List<String> SENSITIVE_FIELDS = List.of("health", "disability", "foreignBackground",
			"thirdCountryNational", "minority", "homeless");

	private final ParticipantService participants;

	private final ObjectProvider<Taxonomy> taxonomy;

	private final FormErrors formErrors;

	ParticipantEditController(ParticipantService participants, ObjectProvider<Taxonomy> taxonomy,
			FormErrors formErrors) {
		this.participants = participants;
		this.taxonomy = taxonomy;
		this.formErrors = formErrors;
	}

	@GetMapping("/people/participants/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ParticipantView p = participants.view(id);
		Sensitive sensitive = p.sensitive() == null ? Sensitive.NOT_ASKED : p.sensitive();
		ParticipantInput form = new ParticipantInput(p.programmeId(), p.givenName(), p.familyName(), null,
				p.birthDate().toString(), p.gender().name(), p.municipalityCode(), name(p.sunLevel()),
				p.labourMarketStatus().name(), p.unemployedSince() == null ? null : p.unemployedSince().toString(),
				p.incomeSource().name(), p.targetGroups().stream().map(Enum::name).toList(),
				String.join(", ", p.languages()), String.join(", ", p.drivingLicences()), p.ruralArea(),
				name(sensitive.health()), name(sensitive.disability()), name(sensitive.foreignBackground()),
				name(sensitive.thirdCountryNational()), name(sensitive.minority()), name(sensitive.homeless()), null,
				p.occupationsWanted(), p.occupationsExperienced(),
				p.skills().stream()
					.map(s -> new SkillInput(s.conceptId(), String.valueOf(s.level()), s.acquired().name()))
					.toList(),
				null);
		formModel(model, p, form, "", form.skills().stream().map(x -> new SkillRow(x.conceptId(), x.level(),
				x.acquired(), false)).toList(), new SkillInput(null, null, null));
		return EDIT;
	}

	/** A row of the skill table as shown (also when a save fails: what was entered, removal marks included). */
	record SkillRow(String conceptId, String level, String acquired, boolean remove) {
	}

	@PostMapping("/people/participants/{id}/edit")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale) {
		ParticipantInput form = input(params);
		String skillSearch = params.getFirst("skillSearch");
		try {
			List<FieldError> extra = new ArrayList<>();
			String newConcept = params.getFirst("newSkill.conceptId");
			if (skillSearch != null && !skillSearch.isBlank() && (newConcept == null || newConcept.isBlank())) {
				// text typed but no suggestion chosen: nothing to store, say so at the search box
				extra.add(FieldError.of("newSkill", "people.error.pickSkill"));
			}
			participants.update(id, form, extra);
			return "redirect:/people/participants/" + id;
		}
		catch (InvalidInputException e) {
			// the service numbers the skills it was given (kept rows, then the new row): back to the form's rows
			List<Integer> rows = new ArrayList<>();
			int count = existingSkillCount(params);
			List<SkillRow> shown = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String prefix = "skills[" + i + "].";
				boolean remove = params.getFirst(prefix + "remove") != null;
				shown.add(new SkillRow(params.getFirst(prefix + "conceptId"), params.getFirst(prefix + "level"),
						params.getFirst(prefix + "acquired"), remove));
				if (!remove) {
					rows.add(i);
				}
			}
			Map<String, String> errors = new LinkedHashMap<>();
			formErrors.byField(e, locale).forEach((field, text) -> {
				String f = field.equals("entryDate") ? "birthDate" : field;
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("^skills\\[(\\d+)\\](.*)$").matcher(f);
				if (m.matches()) {
					int k = Integer.parseInt(m.group(1));
					f = k < rows.size() ? "skills[" + rows.get(k) + "]" + m.group(2) : "newSkill" + m.group(2);
				}
				errors.putIfAbsent(f, text);
			});
			model.addAttribute("errors", errors);
			formModel(model, participants.view(id), form, skillSearch == null ? "" : skillSearch, shown,
					new SkillInput(params.getFirst("newSkill.conceptId"), params.getFirst("newSkill.level"),
							params.getFirst("newSkill.acquired")));
			return EDIT;
		}
	}

	/** The existing rows are {@code skills[i].*} (with {@code .remove}); the new row is {@code newSkill.*}. */
	static ParticipantInput input(MultiValueMap<String, String> params) {
		List<SkillInput> skills = new ArrayList<>();
		int count = existingSkillCount(params);
		for (int i = 0; i < count; i++) {
			String prefix = "skills[" + i + "].";
			if (params.getFirst(prefix + "remove") != null) {
				continue;
			}
			skills.add(new SkillInput(params.getFirst(prefix + "conceptId"), params.getFirst(prefix + "level"),
					params.getFirst(prefix + "acquired")));
		}
		String concept = params.getFirst("newSkill.conceptId");
		String level = params.getFirst("newSkill.level");
		String acquired = params.getFirst("newSkill.acquired");
		if (!blank(concept) || !blank(level) || !blank(acquired)) {
			skills.add(new SkillInput(concept, level, acquired));
		}
		return new ParticipantInput(null, params.getFirst("givenName"), params.getFirst("familyName"),
				params.getFirst("personnummer"), params.getFirst("birthDate"), params.getFirst("gender"),
				params.getFirst("municipalityCode"), params.getFirst("sunLevel"), params.getFirst("labourMarketStatus"),
				params.getFirst("unemployedSince"), params.getFirst("incomeSource"),
				params.getOrDefault("targetGroups", List.of()), params.getFirst("languages"),
				params.getFirst("drivingLicences"), params.getFirst("ruralArea") != null, params.getFirst("health"),
				params.getFirst("disability"), params.getFirst("foreignBackground"),
				params.getFirst("thirdCountryNational"), params.getFirst("minority"), params.getFirst("homeless"), null,
				nonBlank(params.get("occupationsWanted")), nonBlank(params.get("occupationsExperienced")), skills,
				null);
	}

	private static int existingSkillCount(MultiValueMap<String, String> params) {
		int count = 0;
		while (params.containsKey("skills[" + count + "].conceptId")) {
			count++;
		}
		return count;
	}

	private static List<String> nonBlank(List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> !blank(v)).toList();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String name(Enum<?> e) {
		return e == null ? null : e.name();
	}

	private void formModel(Model model, ParticipantView p, ParticipantInput form, String skillSearch,
			List<SkillRow> skillRows, SkillInput newSkill) {
		model.addAttribute("p", p);
		model.addAttribute("skillRows", skillRows);
		model.addAttribute("newSkill", newSkill);
		model.addAttribute("form", form);
		model.addAttribute("skillSearch", skillSearch);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("sunLevels", SunLevel.values());
		model.addAttribute("statuses", LabourMarketStatus.values());
		model.addAttribute("incomes", IncomeSource.values());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("answers", Answer.values());
		model.addAttribute("acquisitions", SkillAcquisition.values());
		model.addAttribute("levels", List.of("1", "2", "3", "4", "5"));
		model.addAttribute("sensitiveVisible", participants.sensitiveVisible());
		model.addAttribute("sensitiveFields", SENSITIVE_FIELDS);
		List<String> ids = new ArrayList<>();
		skillRows.forEach(r -> ids.add(r.conceptId()));
		if (form.occupationsWanted() != null) {
			ids.addAll(form.occupationsWanted());
		}
		if (form.occupationsExperienced() != null) {
			ids.addAll(form.occupationsExperienced());
		}
		model.addAttribute("labels", labels(ids));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
	}

	/** Taxonomy labels by concept id (the id itself where the taxonomy does not know it). */
	Map<String, String> labels(List<String> ids) {
		Map<String, String> out = new LinkedHashMap<>();
		Taxonomy t = taxonomy.getIfAvailable();
		Map<String, Concept> found = t == null ? Map.of()
				: t.concepts(ids.stream().filter(x -> x != null && !x.isBlank()).toList());
		for (String id : ids) {
			if (id != null) {
				out.put(id, found.containsKey(id) ? found.get(id).label() : id);
			}
		}
		return out;
	}
}
