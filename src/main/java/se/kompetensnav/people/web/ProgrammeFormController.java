package se.kompetensnav.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.TargetGroup;
import se.kompetensnav.people.internal.ProgrammeInput;
import se.kompetensnav.people.internal.ProgrammeService;
import se.kompetensnav.people.internal.Staff;
import se.kompetensnav.web.FormErrors;

/** Create and edit programmes (admins, unit managers of the owning unit). */
@Controller
class ProgrammeFormController {

	static final String FORM = "people/programme-form";

	private final ProgrammeService programmes;

	private final FormErrors formErrors;

	private final Clock clock;

	ProgrammeFormController(ProgrammeService programmes, FormErrors formErrors, Clock clock) {
		this.programmes = programmes;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	@GetMapping("/people/programmes/new")
	String newProgramme(Model model) {
		var units = programmes.manageableUnits();
		formModel(model, null, new ProgrammeInput(null, units.isEmpty() ? null : units.getFirst().id(), "ESF+", null,
				LocalDate.now(clock).toString(), null, null, List.of(), List.of(), List.of()));
		return FORM;
	}

	@PostMapping("/people/programmes")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
		ProgrammeInput input = input(params);
		try {
			programmes.create(input);
			return "redirect:/people/programmes";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", errors(e, locale));
			formModel(model, null, input);
			return FORM;
		}
	}

	@GetMapping("/people/programmes/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Programme p = programmes.editable(id);
		formModel(model, p, new ProgrammeInput(p.name(), p.unitId(), p.funder(), p.operationId(),
				p.startsOn().toString(), p.endsOn() == null ? null : p.endsOn().toString(), String.valueOf(p.places()),
				p.targetGroups().stream().map(Enum::name).toList(), p.sites(),
				programmes.staffOf(id).stream()
					.map(s -> new ProgrammeInput.StaffInput(s.username(), s.role())).toList()));
		return FORM;
	}

	@PostMapping("/people/programmes/{id}")
	String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale) {
		Programme p = programmes.editable(id);
		ProgrammeInput input = input(params);
		try {
			programmes.update(id, input);
			return "redirect:/people/programmes";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", errors(e, locale));
			formModel(model, p, input);
			return FORM;
		}
	}

	/** Messages by field; a staff row's messages are shown at the row ({@code staff-USERNAME}). */
	private Map<String, String> errors(InvalidInputException e, Locale locale) {
		Map<String, String> map = new LinkedHashMap<>();
		formErrors.byField(e, locale).forEach((field, text) -> map.putIfAbsent(field, text));
		return map;
	}

	/** The form posts {@code staff-USERNAME=role} for each candidate; a blank role means not staff. */
	static ProgrammeInput input(MultiValueMap<String, String> params) {
		List<ProgrammeInput.StaffInput> staff = new ArrayList<>();
		params.forEach((key, values) -> {
			if (key.startsWith("staff-") && !values.isEmpty() && values.getFirst() != null
					&& !values.getFirst().isBlank()) {
				staff.add(new ProgrammeInput.StaffInput(key.substring("staff-".length()), values.getFirst()));
			}
		});
		String sites = params.getFirst("sites");
		String unit = params.getFirst("unitId");
		Long unitId = null;
		try {
			unitId = unit == null || unit.isBlank() ? null : Long.valueOf(unit.trim());
		}
		catch (NumberFormatException e) {
			unitId = -1L;
		}
		return new ProgrammeInput(params.getFirst("name"), unitId, params.getFirst("funder"),
				params.getFirst("operationId"), params.getFirst("startsOn"), params.getFirst("endsOn"),
				params.getFirst("places"), params.getOrDefault("targetGroups", List.of()),
				sites == null ? List.of() : sites.lines().filter(l -> !l.isBlank()).toList(), staff);
	}

	private void formModel(Model model, @Nullable Programme programme, ProgrammeInput form) {
		model.addAttribute("programme", programme);
		model.addAttribute("form", form);
		model.addAttribute("units", programmes.manageableUnits());
		model.addAttribute("targetGroups", TargetGroup.values());
		List<Staff.Member> candidates = programmes.staffCandidates();
		model.addAttribute("candidates", candidates);
		Map<String, String> roles = new LinkedHashMap<>();
		if (form.staff() != null) {
			form.staff().forEach(s -> roles.put(s.username(), s.role()));
		}
		model.addAttribute("staffRoles", roles);
		model.addAttribute("sitesText", form.sites() == null ? "" : String.join("\n", form.sites()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
	}
}
