package se.kompetensnav.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.planning.Band;
import se.kompetensnav.planning.Establishment;
import se.kompetensnav.planning.NewEstablishment;
import se.kompetensnav.planning.NewScenario;
import se.kompetensnav.planning.Planning;
import se.kompetensnav.planning.Scenario;
import se.kompetensnav.planning.YearImpact;
import se.kompetensnav.planning.internal.MunicipalityBorders;
import tools.jackson.databind.json.JsonMapper;

/** Establishments, their scenarios, results per year with bands, a chart and a map; comparison of scenarios. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
class PlanningPages {

	static final String INDEX = "planning/index";

	static final String ESTABLISHMENT = "planning/establishment";

	static final String SCENARIO = "planning/scenario";

	static final String COMPARE = "planning/compare";

	private final Planning planning;

	private final MunicipalityBorders municipalities;

	private final MessageSource messages;

	private final Clock clock;

	private final se.kompetensnav.employers.Organisations organisations;

	private final JsonMapper json = JsonMapper.builder().build();

	PlanningPages(Planning planning, MunicipalityBorders municipalities, MessageSource messages, Clock clock,
			se.kompetensnav.employers.Organisations organisations) {
		this.organisations = organisations;
		this.planning = planning;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/planning")
	String index(Model model) {
		EstablishmentForm form = new EstablishmentForm();
		form.setStartYear(String.valueOf(LocalDate.now(clock).getYear() + 1));
		return showIndex(model, form, Map.of(), List.of());
	}

	@PostMapping("/planning/establishments")
	String create(@ModelAttribute("form") EstablishmentForm form, Model model) {
		EstablishmentForm.Parsed parsed = null;
		try {
			parsed = form.parse();
			Establishment e = planning.create(new NewEstablishment(form.getName(), form.getMunicipalityCode(),
					form.getSector(), parsed.rampUp(), parsed.overrides()));
			return "redirect:/planning/scenarios/" + e.scenarios().getFirst().id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("invalid", true);
			return showIndex(model, form, fieldErrors(ex, parsed), otherErrors(ex, parsed));
		}
	}

	/** An establishment derived from an employer's recorded critical functions. */
	@PostMapping("/planning/from-employer")
	String fromEmployer(@RequestParam(required = false) @Nullable String organisationId,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String startYear,
			@RequestParam(defaultValue = "false") boolean includeReplacement, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long org = parseLong(organisationId);
		Integer start = startYear == null || startYear.isBlank() ? null : parseInt(startYear);
		if (start != null && start == Integer.MIN_VALUE) {
			errors.put("startYear", messages.getMessage("planning.validation.year", null,
					LocaleContextHolder.getLocale()));
		}
		if (errors.isEmpty()) {
			try {
				Establishment e = planning.createFromEmployer(
						new se.kompetensnav.planning.FromEmployerNeeds(org, null, sector, start, includeReplacement,
								null));
				return "redirect:/planning/scenarios/" + e.scenarios().getFirst().id();
			}
			catch (InvalidInputException ex) {
				errors.putAll(fieldErrors(ex, null));
			}
		}
		model.addAttribute("fromInvalid", true);
		model.addAttribute("fromErrors", errors);
		model.addAttribute("fromSelected", organisationId == null ? "" : organisationId);
		model.addAttribute("fromSector", sector == null ? "" : sector);
		model.addAttribute("fromStartYear", startYear == null ? "" : startYear);
		model.addAttribute("fromReplacement", includeReplacement);
		EstablishmentForm form = new EstablishmentForm();
		form.setStartYear(String.valueOf(LocalDate.now(clock).getYear() + 1));
		return showIndex(model, form, Map.of(), List.of());
	}

	private static @Nullable Long parseLong(@Nullable String s) {
		try {
			return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static int parseInt(String s) {
		try {
			return Integer.parseInt(s.strip());
		}
		catch (NumberFormatException e) {
			return Integer.MIN_VALUE;
		}
	}

	private String showIndex(Model model, EstablishmentForm form, Map<String, String> errors, List<String> other) {
		int thisYear = LocalDate.now(clock).getYear();
		model.addAttribute("employers", planning.employersWithNeeds(thisYear));
		if (!model.containsAttribute("fromErrors")) {
			model.addAttribute("fromErrors", Map.of());
			model.addAttribute("fromSelected", "");
			model.addAttribute("fromSector", "");
			model.addAttribute("fromStartYear", String.valueOf(thisYear));
			model.addAttribute("fromReplacement", false);
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", other);
		model.addAttribute("rows", EstablishmentForm.ROWS);
		model.addAttribute("municipalities", municipalities.all());
		model.addAttribute("establishments", planning.establishments());
		return INDEX;
	}

	@GetMapping("/planning/establishments/{id}")
	String establishment(@PathVariable long id, Model model) {
		Establishment e = planning.establishment(id);
		Scenario latest = planning.scenario(e.scenarios().getLast().id());
		EstablishmentForm form = new EstablishmentForm();
		form.setStartYear(String.valueOf(latest.rampUp().isEmpty() ? LocalDate.now(clock).getYear()
				: latest.rampUp().getFirst().year()));
		return showEstablishment(model, e, form, Map.of(), List.of());
	}

	@PostMapping("/planning/establishments/{id}/scenarios")
	String addScenario(@PathVariable long id, @ModelAttribute("form") EstablishmentForm form, Model model) {
		EstablishmentForm.Parsed parsed = null;
		try {
			parsed = form.parse();
			Scenario s = planning.addScenario(id, new NewScenario(form.getName(), parsed.rampUp(),
					parsed.overrides()));
			return "redirect:/planning/scenarios/" + s.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("invalid", true);
			return showEstablishment(model, planning.establishment(id), form, fieldErrors(ex, parsed),
					otherErrors(ex, parsed));
		}
	}

	/** A new scenario from the employer's needs as they are recorded now. */
	@PostMapping("/planning/establishments/{id}/scenarios/from-employer")
	String addScenarioFromEmployer(@PathVariable long id,
			@RequestParam(defaultValue = "false") boolean includeReplacement, Model model) {
		try {
			Scenario s = planning.addScenarioFromEmployer(id, null, includeReplacement);
			return "redirect:/planning/scenarios/" + s.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("rederiveErrors", fieldErrors(ex, null));
			Establishment e = planning.establishment(id);
			EstablishmentForm form = new EstablishmentForm();
			form.setStartYear(String.valueOf(LocalDate.now(clock).getYear()));
			return showEstablishment(model, e, form, Map.of(), List.of());
		}
	}

	private String showEstablishment(Model model, Establishment e, EstablishmentForm form, Map<String, String> errors,
			List<String> other) {
		model.addAttribute("establishment", e);
		model.addAttribute("employer", e.organisationId() == null ? null
				: organisations.find(e.organisationId()).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("otherErrors", other);
		model.addAttribute("rows", EstablishmentForm.ROWS);
		return ESTABLISHMENT;
	}

	@GetMapping("/planning/scenarios/{id}")
	String scenario(@PathVariable long id, Model model) {
		Scenario s = planning.scenario(id);
		model.addAttribute("scenario", s);
		model.addAttribute("rows", ImpactRow.of(s.results()));
		model.addAttribute("chart", chart(s));
		return SCENARIO;
	}

	@GetMapping("/planning/compare")
	String compare(@RequestParam(name = "scenario", required = false) List<Long> ids, Model model) {
		List<Scenario> scenarios = new ArrayList<>();
		if (ids != null) {
			for (Long id : ids.stream().distinct().limit(6).toList()) {
				scenarios.add(planning.scenario(id));
			}
		}
		java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
		scenarios.forEach(s -> s.rampUp().forEach(y -> years.add(y.year())));
		model.addAttribute("scenarios", scenarios);
		model.addAttribute("years", years);
		model.addAttribute("cells", compareCells(scenarios));
		model.addAttribute("establishments", planning.establishments());
		return COMPARE;
	}

	/** scenario id → year → row, for the comparison table. */
	private static Map<Long, Map<Integer, ImpactRow>> compareCells(List<Scenario> scenarios) {
		Map<Long, Map<Integer, ImpactRow>> out = new LinkedHashMap<>();
		for (Scenario s : scenarios) {
			Map<Integer, ImpactRow> byYear = new LinkedHashMap<>();
			ImpactRow.of(s.results()).forEach(r -> byYear.put(r.year(), r));
			out.put(s.id(), byYear);
		}
		return out;
	}

	private String chart(Scenario s) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Integer> labels = s.results().get(Band.CENTRAL).stream().map(YearImpact::year).toList();
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (Band b : Band.values()) {
			String band = messages.getMessage("planning.band." + b.name().toLowerCase(Locale.ROOT), null, locale);
			datasets.add(Map.of("label", messages.getMessage("planning.col.dwellings", null, locale) + " (" + band + ")",
					"data", s.results().get(b).stream().map(y -> Math.round(y.dwellings())).toList()));
		}
		datasets.add(Map.of("label",
				messages.getMessage("planning.col.school", null, locale) + " ("
						+ messages.getMessage("planning.band.central", null, locale) + ")",
				"data", s.results().get(Band.CENTRAL).stream().map(y -> Math.round(y.compulsorySchool())).toList()));
		return json.writeValueAsString(Map.of("labels", labels, "datasets", datasets));
	}

	private Map<String, String> fieldErrors(InvalidInputException ex, EstablishmentForm.Parsed parsed) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> out = new LinkedHashMap<>();
		for (FieldError e : ex.errors()) {
			String field = parsed == null ? e.field() : parsed.formField(e.field());
			out.merge(field, messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale),
					(a, b) -> a + "; " + b);
		}
		return out;
	}

	private static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("name", "municipalityCode", "sector",
			"startYear", "multiplierLow", "multiplierCentral", "multiplierHigh", "localPercent", "inCommuterPercent",
			"moverPercent");

	/** Errors for fields the form does not show (e.g. the library's age profile), shown above the form. */
	private List<String> otherErrors(InvalidInputException ex, EstablishmentForm.Parsed parsed) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> out = new ArrayList<>();
		for (FieldError e : ex.errors()) {
			String field = parsed == null ? e.field() : parsed.formField(e.field());
			if (!FORM_FIELDS.contains(field) && !field.matches("(construction|operation)\\d+")) {
				out.add(field + ": " + messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
			}
		}
		return out;
	}
}
