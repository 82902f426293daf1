package se.kompetensnav.places.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.places.AssessmentReport;
import se.kompetensnav.places.Framework;
import se.kompetensnav.places.PlaceAssessments;
import se.kompetensnav.places.PlaceIndicators;
import se.kompetensnav.places.core.ComparisonGroup;
import se.kompetensnav.places.core.DimensionScore;
import se.kompetensnav.places.core.Recommendation;
import se.kompetensnav.web.FormErrors;

/** Assessment pages: the list, the report with ranked actions, the respondents' form and the PDF. */
@Controller
class PlacesController {

	static final String LIST = "places/list";

	static final String REPORT = "places/report";

	static final String RESPOND = "places/respond";

	private final PlaceAssessments assessments;

	private final PlaceIndicators indicators;

	private final Framework framework;

	private final Reasons reasons;

	private final PlacesPdf pdf;

	private final FormErrors formErrors;

	private final JsonMapper json = JsonMapper.builder().build();

	PlacesController(PlaceAssessments assessments, PlaceIndicators indicators, Framework framework, Reasons reasons,
			PlacesPdf pdf, FormErrors formErrors) {
		this.formErrors = formErrors;
		this.assessments = assessments;
		this.indicators = indicators;
		this.framework = framework;
		this.reasons = reasons;
		this.pdf = pdf;
	}

	@GetMapping("/platser")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','ANALYST')")
	String list(Model model) {
		model.addAttribute("assessments", assessments.list());
		model.addAttribute("municipalities", indicators.municipalities());
		model.addAttribute("bases", ComparisonGroup.Basis.values());
		return LIST;
	}

	@PostMapping("/platser")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','ANALYST')")
	String create(@RequestParam String municipalityCode, @RequestParam(required = false) String town,
			@RequestParam String title, @RequestParam(defaultValue = "POPULATION") ComparisonGroup.Basis basis,
			@RequestParam(required = false) List<String> chosen, Model model, Locale locale) {
		try {
			var a = assessments.create(new PlaceAssessments.NewAssessment(municipalityCode, town, title, basis,
					chosen == null ? Set.of() : new LinkedHashSet<>(chosen)));
			return "redirect:/platser/bedomningar/" + a.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", formErrors.byField(e, locale));
			model.addAttribute("form", Map.of("municipalityCode", municipalityCode, "town", town == null ? "" : town,
					"title", title));
			return list(model);
		}
	}

	@GetMapping("/platser/bedomningar/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','ANALYST')")
	String report(@PathVariable long id, Model model, Locale locale) {
		AssessmentReport report = assessments.report(id);
		model.addAttribute("report", report);
		model.addAttribute("a", report.assessment());
		model.addAttribute("dimensions", framework.dimensions());
		Map<String, String> actionLabels = new HashMap<>();
		framework.actions().forEach(ac -> actionLabels.put(ac.key(), ac.label(locale)));
		model.addAttribute("actionLabels", actionLabels);
		model.addAttribute("actions", framework.actions());
		Map<Long, List<String>> why = new HashMap<>();
		for (Recommendation r : report.recommendations().ranked()) {
			why.put((long) r.rank(), reasons.explain(r, report, locale));
		}
		model.addAttribute("why", why);
		model.addAttribute("groupNames", report.comparisonGroup().stream()
			.map(c -> indicators.municipalityName(c).orElse(c)).toList());
		model.addAttribute("chart", chartJson(report, locale));
		return REPORT;
	}

	@PostMapping("/platser/bedomningar/{id}/respondenter")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','ANALYST')")
	String addRespondent(@PathVariable long id, @RequestParam String name, @RequestParam String side,
			@RequestParam String organisation, RedirectAttributes redirect, Locale locale) {
		try {
			assessments.addRespondent(id, name, side, organisation);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("respondentErrors", formErrors.byField(e, locale));
		}
		return "redirect:/platser/bedomningar/" + id + "#respondents";
	}

	@PostMapping("/platser/bedomningar/{id}/plan")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','ANALYST')")
	String addPlanItem(@PathVariable long id, @RequestParam String actionKey, @RequestParam String owner,
			@RequestParam(required = false) LocalDate start, @RequestParam(required = false) LocalDate end,
			RedirectAttributes redirect, Locale locale) {
		try {
			assessments.addPlanItem(id, actionKey, owner, start, end);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("planErrors", formErrors.byField(e, locale));
		}
		return "redirect:/platser/bedomningar/" + id + "#plan";
	}

	@GetMapping("/platser/bedomningar/{id}/rapport.pdf")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','ANALYST')")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id, Locale locale) {
		AssessmentReport report = assessments.report(id);
		byte[] bytes = pdf.render(report, locale);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"platsbedomning-" + id + ".pdf\"")
			.body(bytes);
	}

	@GetMapping("/platser/svar/{token}")
	String respond(@PathVariable String token, Model model) {
		model.addAttribute("form", assessments.form(token));
		model.addAttribute("dimensions", framework.dimensions());
		return RESPOND;
	}

	@PostMapping("/platser/svar/{token}")
	String saveResponse(@PathVariable String token, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			Locale locale) {
		Map<String, String> scores = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (k.startsWith("score.")) {
				scores.put(k.substring(6), v);
			}
			else if (k.startsWith("comment.")) {
				comments.put(k.substring(8), v);
			}
		});
		try {
			assessments.answer(token, scores, comments, "complete".equals(action));
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", formErrors.byField(e, locale));
			model.addAttribute("form", assessments.form(token));
			model.addAttribute("dimensions", framework.dimensions());
			model.addAttribute("submitted", params);
			return RESPOND;
		}
		redirect.addFlashAttribute("saved", "complete".equals(action) ? "complete" : "save");
		return "redirect:/platser/svar/" + token;
	}

	private String chartJson(AssessmentReport report, Locale locale) {
		List<String> labels = framework.dimensions().stream().map(d -> d.label(locale)).toList();
		List<Double> combined = new java.util.ArrayList<>();
		List<Double> reference = new java.util.ArrayList<>();
		List<Double> municipality = new java.util.ArrayList<>();
		List<Double> industry = new java.util.ArrayList<>();
		for (Framework.Dimension d : framework.dimensions()) {
			DimensionScore s = report.scores().get(d.key());
			combined.add(round(s.combined()));
			reference.add(round(s.reference()));
			municipality.add(s.municipality() == null ? null : round(s.municipality()));
			industry.add(s.industry() == null ? null : round(s.industry()));
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("combined", combined);
		chart.put("reference", reference);
		chart.put("municipality", municipality);
		chart.put("industry", industry);
		return json.writeValueAsString(chart);
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

}
