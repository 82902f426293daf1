package se.kompetensnav.effects.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.effects.internal.EffectCalculations;
import se.kompetensnav.effects.internal.ExclusionRequest;
import se.kompetensnav.effects.internal.ProgrammeEffects;
import se.kompetensnav.effects.internal.ProgrammeReportRequest;
import se.kompetensnav.effects.internal.ScenarioRequest;
import se.kompetensnav.effects.internal.StoredCalculation;
import se.kompetensnav.effects.model.Rates;
import se.kompetensnav.effects.model.Situation;
import se.kompetensnav.effects.model.TypicalCase;
import se.kompetensnav.people.Programme;

/** Pages of the effects module: overview, scenario planner, cost-of-exclusion calculator, reports and downloads. */
@Controller
@PreAuthorize("hasAnyRole('UNIT_MANAGER', 'CONSULTANT', 'ANALYST', 'ADMIN')")
class EffectsController {

	static final String INDEX = "effects/index";

	static final String SCENARIO = "effects/scenario";

	static final String EXCLUSION = "effects/exclusion";

	static final String REPORT = "effects/report";

	static final String PROGRAMMES = "effects/programmes";

	/** Scenario fields entered in per cent on the page and stored as shares. */
	static final List<String> PERCENT_FIELDS = List.of("shareToWork", "shareToStudies", "deadweight", "displacement",
			"attribution", "dropOff", "discountRate");

	private final EffectCalculations calculations;

	private final ReportBuilder reports;

	private final EffectsJson json;

	private final ProgrammeEffects programmeEffects;

	EffectsController(EffectCalculations calculations, ReportBuilder reports, EffectsJson json,
			ProgrammeEffects programmeEffects) {
		this.calculations = calculations;
		this.reports = reports;
		this.json = json;
		this.programmeEffects = programmeEffects;
	}

	@GetMapping("/effects")
	String index(Model model) {
		model.addAttribute("calculations", calculations.recent(30));
		return INDEX;
	}

	@GetMapping("/effects/scenario")
	String scenarioForm(Model model) {
		int year = calculations.defaultYear();
		Rates r = EffectCalculations.rates(year, calculations.snapshot(year));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "");
		form.put("year", String.valueOf(year));
		form.put("places", "114");
		form.put("shareToWork", "30");
		form.put("shareToStudies", "0");
		form.put("effectYears", "3");
		form.put("startSituation", Situation.JOB_SEEKING.name());
		form.put("age", "30");
		form.put("consultantHoursPerPlace", plain(r.get(Rates.SCENARIO_CONSULTANT_HOURS)));
		form.put("internshipWeeksPerPlace", plain(r.get(Rates.SCENARIO_INTERNSHIP_WEEKS)));
		form.put("courseWeeksPerPlace", plain(r.get(Rates.SCENARIO_COURSE_WEEKS)));
		form.put("deadweight", plain(r.get(Rates.DEADWEIGHT) * 100));
		form.put("displacement", plain(r.get(Rates.DISPLACEMENT) * 100));
		form.put("attribution", plain(r.get(Rates.ATTRIBUTION) * 100));
		form.put("dropOff", plain(r.get(Rates.DROP_OFF) * 100));
		form.put("discountRate", plain(r.get(Rates.DISCOUNT_RATE) * 100));
		return scenarioPage(model, form, Map.of());
	}

	private String scenarioPage(Model model, Map<String, String> form, Map<String, FieldError> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("situations", List.of(Situation.values()).stream().filter(Situation::excluded).toList());
		return SCENARIO;
	}

	@PostMapping("/effects/scenario")
	String runScenario(@RequestParam Map<String, String> params, Model model) {
		Map<String, String> form = new LinkedHashMap<>(params);
		form.remove("_csrf");
		List<FieldError> errors = new ArrayList<>();
		Parser p = new Parser(form, errors);
		try {
			Integer places = p.integer("places", true);
			Double toWork = p.percent("shareToWork", true);
			Integer effectYears = p.integer("effectYears", true);
			Situation start = p.situation("startSituation");
			ScenarioRequest req = new ScenarioRequest(form.get("name"), p.integer("year", false),
					places == null ? 0 : places, toWork == null ? 0 : toWork, p.percent("shareToStudies", false),
					effectYears == null ? 0 : effectYears, start, p.integer("age", false),
					p.decimal("consultantHoursPerPlace"), p.decimal("internshipWeeksPerPlace"),
					p.decimal("courseWeeksPerPlace"), p.percent("deadweight", false), p.percent("displacement", false),
					p.percent("attribution", false), p.percent("dropOff", false), p.percent("discountRate", false));
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			StoredCalculation calc = calculations.runScenario(req);
			return "redirect:/effects/calculations/" + calc.id();
		}
		catch (InvalidInputException e) {
			return scenarioPage(model, form, byField(e));
		}
	}

	@GetMapping("/effects/exclusion")
	String exclusionForm(Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("typicalCase", TypicalCase.YOUNG_NEET.name());
		form.put("age", "");
		form.put("year", String.valueOf(calculations.defaultYear()));
		Rates r = EffectCalculations.rates(calculations.defaultYear(), calculations.snapshot(calculations.defaultYear()));
		form.put("discountRate", plain(r.get(Rates.DISCOUNT_RATE) * 100));
		return exclusionPage(model, form, Map.of());
	}

	private String exclusionPage(Model model, Map<String, String> form, Map<String, FieldError> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("cases", TypicalCase.values());
		return EXCLUSION;
	}

	@PostMapping("/effects/exclusion")
	String runExclusion(@RequestParam Map<String, String> params, Model model) {
		Map<String, String> form = new LinkedHashMap<>(params);
		form.remove("_csrf");
		List<FieldError> errors = new ArrayList<>();
		Parser p = new Parser(form, errors);
		try {
			TypicalCase c = p.typicalCase("typicalCase");
			ExclusionRequest req = new ExclusionRequest(c, p.integer("age", false), p.integer("year", false),
					p.percent("discountRate", false));
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			return "redirect:/effects/calculations/" + calculations.runExclusion(req).id();
		}
		catch (InvalidInputException e) {
			return exclusionPage(model, form, byField(e));
		}
	}

	@GetMapping("/effects/calculations/{id}")
	String report(@PathVariable long id, Model model, Locale locale) {
		StoredCalculation calc = calculations.get(id);
		model.addAttribute("calc", calc);
		ReportDocument doc = reports.build(calc, locale);
		model.addAttribute("report", doc);
		model.addAttribute("charts", doc.charts().stream()
			.map(c -> new ChartView(c, json.write(c.labels()), json.write(c.series()))).toList());
		if (calc.programmeId() != null) {
			model.addAttribute("programmeReports", calculations.ofProgramme(calc.programmeId(), 10));
		}
		return REPORT;
	}

	/** A chart with its data as JSON for the canvas's data attributes. */
	record ChartView(ReportDocument.Chart chart, String labels, String series) {
	}

	@GetMapping("/effects/programmes")
	String programmes(Model model) {
		return programmesPage(model, null, null);
	}

	private String programmesPage(Model model, @Nullable Long failedId, @Nullable InvalidInputException error) {
		List<ProgrammeLine> lines = new ArrayList<>();
		for (Programme p : programmeEffects.programmes()) {
			List<EffectCalculations.Summary> latest = calculations.ofProgramme(p.id(), 1);
			lines.add(new ProgrammeLine(p, latest.isEmpty() ? null : latest.getFirst()));
		}
		model.addAttribute("programmes", lines);
		model.addAttribute("defaultYears", ProgrammeEffects.DEFAULT_YEARS);
		model.addAttribute("failedId", failedId);
		model.addAttribute("errors", error == null ? Map.of() : byField(error));
		return PROGRAMMES;
	}

	/** A programme with its latest stored effect report, if any. */
	record ProgrammeLine(Programme programme, EffectCalculations.@Nullable Summary latest) {
	}

	@PostMapping("/effects/programmes/{id}/report")
	String runProgramme(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
		Map<String, String> form = new LinkedHashMap<>(params);
		List<FieldError> errors = new ArrayList<>();
		Parser p = new Parser(form, errors);
		try {
			Integer years = p.integer("years", false);
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			StoredCalculation calc = programmeEffects.run(id, new ProgrammeReportRequest(p.integer("year", false),
					years, null, null, null, null, null));
			return "redirect:/effects/calculations/" + calc.id();
		}
		catch (InvalidInputException e) {
			return programmesPage(model, id, e);
		}
	}

	@GetMapping("/effects/calculations/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		StoredCalculation calc = calculations.get(id);
		byte[] pdf = ReportExports.pdf(reports.build(calc, locale));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("effektrapport-" + id + ".pdf"))
			.body(pdf);
	}

	@GetMapping("/effects/calculations/{id}/report.xlsx")
	void xlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		StoredCalculation calc = calculations.get(id);
		ReportDocument doc = reports.build(calc, locale);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("effektrapport-" + id + ".xlsx"));
		ReportExports.xlsx(doc, response.getOutputStream());
	}

	@GetMapping("/effects/calculations/{id}/report.csv")
	ResponseEntity<String> csv(@PathVariable long id, Locale locale) {
		ReportDocument doc = reports.build(calculations.get(id), locale);
		ReportDocument.Table actors = doc.table("actors");
		if (actors == null) {
			throw new se.kompetensnav.common.NotFoundException("table", id);
		}
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("effektrapport-" + id + ".csv"))
			.body(ReportExports.csv(actors));
	}

	private static String attachment(String filename) {
		return ContentDisposition.attachment().filename(filename).build().toString();
	}

	private static Map<String, FieldError> byField(InvalidInputException e) {
		Map<String, FieldError> errors = new LinkedHashMap<>();
		e.errors().forEach(err -> errors.putIfAbsent(err.field(), err));
		return errors;
	}

	static String plain(double v) {
		return new java.math.BigDecimal(String.valueOf(v)).stripTrailingZeros().toPlainString();
	}

	/** Reads form fields; a bad value is recorded as an error at its field. Percent fields become shares. */
	private record Parser(Map<String, String> form, List<FieldError> errors) {

		@Nullable String value(String field) {
			String v = form.get(field);
			return v == null || v.isBlank() ? null : v.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		}

		@Nullable Integer integer(String field, boolean required) {
			String v = value(field);
			if (v == null) {
				if (required) {
					errors.add(FieldError.of(field, "validation.required"));
				}
				return null;
			}
			try {
				return Integer.parseInt(v);
			}
			catch (NumberFormatException e) {
				errors.add(FieldError.of(field, "validation.number"));
				return null;
			}
		}

		@Nullable Double decimal(String field) {
			String v = value(field);
			if (v == null) {
				return null;
			}
			try {
				return Double.parseDouble(v);
			}
			catch (NumberFormatException e) {
				errors.add(FieldError.of(field, "validation.number"));
				return null;
			}
		}

		@Nullable Double percent(String field, boolean required) {
			if (required && value(field) == null) {
				errors.add(FieldError.of(field, "validation.required"));
				return null;
			}
			Double v = decimal(field);
			// Per cent on the page: check the range here, so the message speaks in per cent too.
			double max = "discountRate".equals(field) ? 20 : 100;
			if (v != null && (v < 0 || v > max)) {
				errors.add(FieldError.of(field, "validation.range", 0, (int) max));
				return null;
			}
			return v == null ? null : v / 100.0;
		}

		@Nullable Situation situation(String field) {
			String v = form.get(field);
			try {
				return v == null || v.isBlank() ? null : Situation.valueOf(v);
			}
			catch (IllegalArgumentException e) {
				errors.add(FieldError.of(field, "validation.unknown", v));
				return null;
			}
		}

		@Nullable TypicalCase typicalCase(String field) {
			String v = form.get(field);
			try {
				return v == null || v.isBlank() ? null : TypicalCase.valueOf(v);
			}
			catch (IllegalArgumentException e) {
				errors.add(FieldError.of(field, "validation.unknown", v));
				return null;
			}
		}
	}
}
