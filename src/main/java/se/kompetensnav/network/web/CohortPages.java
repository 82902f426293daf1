package se.kompetensnav.network.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.CriticalFunction;
import se.kompetensnav.employers.FunctionTemplate;
import se.kompetensnav.employers.Importance;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.employers.SkillRequirement;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.network.Cohort;
import se.kompetensnav.network.CohortRequest;
import se.kompetensnav.network.CohortResult;
import se.kompetensnav.network.Cohorts;
import se.kompetensnav.network.FundingFact;
import se.kompetensnav.network.FundingRules;
import se.kompetensnav.network.MemberStage;
import se.kompetensnav.network.PartStatus;
import se.kompetensnav.parameters.ParameterValue;
import se.kompetensnav.parameters.Parameters;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.Taxonomy;
import se.kompetensnav.web.FormErrors;
import tools.jackson.databind.json.JsonMapper;

/** Rapid-staffing cohorts: the planner, a cohort with its parts and tracking, results, funding rules. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','CONSULTANT','ANALYST','EMPLOYER','PROVIDER')")
class CohortPages {

	/** The parameter with the reference share (parameters/network.csv). */
	static final String REFERENCE = "network." + "reference_work_90d";

	private final Cohorts cohorts;

	private final FundingRules rules;

	private final Organisations organisations;

	private final CompetenceNeeds needs;

	private final Taxonomy taxonomy;

	private final Parameters parameters;

	private final CurrentUsers users;

	private final FormErrors formErrors;

	private final MessageSource messages;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	CohortPages(Cohorts cohorts, FundingRules rules, Organisations organisations, CompetenceNeeds needs,
			Taxonomy taxonomy, Parameters parameters, CurrentUsers users, FormErrors formErrors, MessageSource messages,
			Clock clock) {
		this.cohorts = cohorts;
		this.rules = rules;
		this.organisations = organisations;
		this.needs = needs;
		this.taxonomy = taxonomy;
		this.parameters = parameters;
		this.users = users;
		this.formErrors = formErrors;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cohorts")
	String list(Model model) {
		model.addAttribute("cohorts", cohorts.visible());
		model.addAttribute("canPlan", cohorts.canPlan());
		return "network/cohorts";
	}

	// ---- the planner

	@GetMapping("/cohorts/new")
	String planner(@RequestParam(required = false) @Nullable String template,
			@RequestParam(required = false) @Nullable Long need, Model model) {
		Map<String, String> values = new HashMap<>();
		values.put("headcount", "");
		values.put("startDate", LocalDate.now(clock).plusWeeks(8).toString());
		organisations.mine().ifPresent(o -> {
			values.put("organisationId", String.valueOf(o.id()));
			values.put("municipalityCode", o.municipalityCode());
		});
		return planner(model, template, need, values, List.of(), Map.of());
	}

	private String planner(Model model, @Nullable String template, @Nullable Long need, Map<String, String> values,
			List<String> checkedMust, Map<String, String> errors) {
		boolean employer = users.require().has(Role.EMPLOYER);
		List<Organisation> orgs = employer ? organisations.mine().stream().toList() : organisations.all();
		model.addAttribute("organisations", orgs);
		model.addAttribute("employer", employer);
		model.addAttribute("templates", needs.templates());
		List<CriticalFunction> ownNeeds = new ArrayList<>();
		for (Organisation o : employer ? orgs : List.<Organisation>of()) {
			ownNeeds.addAll(needs.of(o.id()));
		}
		model.addAttribute("needs", ownNeeds);
		String occupation = null;
		List<SkillRequirement> skills = List.of();
		if (need != null) {
			CriticalFunction f = needs.get(need);
			occupation = f.occupationId();
			skills = f.skills();
			values.putIfAbsent("title", f.title());
		}
		else if (template != null && !template.isBlank()) {
			FunctionTemplate t = needs.templates().stream().filter(x -> x.key().equals(template)).findFirst()
				.orElse(null);
			if (t != null) {
				occupation = t.occupationId();
				skills = t.skills();
			}
		}
		model.addAttribute("template", template);
		model.addAttribute("need", need);
		model.addAttribute("occupation", occupation);
		model.addAttribute("skills", skills);
		model.addAttribute("checkedMust", checkedMust.isEmpty()
				? skills.stream().filter(s -> s.importance() == Importance.MUST).map(SkillRequirement::skillId).toList()
				: checkedMust);
		List<String> ids = new ArrayList<>(skills.stream().map(SkillRequirement::skillId).toList());
		if (occupation != null) {
			ids.add(occupation);
		}
		model.addAttribute("labels", labels(ids));
		model.addAttribute("municipalities", taxonomy.municipalities().stream()
			.filter(m -> m.countyCode().equals("25")).toList());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "network/cohort-new";
	}

	@PostMapping("/cohorts")
	String propose(@RequestParam Map<String, String> p,
			@RequestParam(name = "mustSkillIds", required = false) @Nullable List<String> must,
			@RequestParam(name = "skillIds", required = false) @Nullable List<String> all, Model model) {
		List<String> mustIds = must == null ? List.of() : must;
		List<String> niceIds = all == null ? List.of() : all.stream().filter(s -> !mustIds.contains(s)).toList();
		Long need = parseLong(p.get("functionId"));
		try {
			Cohort c = cohorts.propose(new CohortRequest(p.get("title"), parseLong(p.get("organisationId")), need,
					p.get("occupationId"), mustIds, niceIds, p.get("headcount"), p.get("startDate"),
					p.get("municipalityCode")));
			return "redirect:/cohorts/" + c.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalid", true);
			return planner(model, p.get("template"), need, new HashMap<>(p), mustIds,
					formErrors.byField(e, LocaleContextHolder.getLocale()));
		}
	}

	private static @Nullable Long parseLong(@Nullable String s) {
		try {
			return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	// ---- one cohort

	@GetMapping("/cohorts/{id}")
	String cohort(@PathVariable long id, Model model) {
		return cohort(model, cohorts.get(id), Map.of(), null);
	}

	private String cohort(Model model, Cohort c, Map<String, String> errors, @Nullable Long errorFor) {
		model.addAttribute("cohort", c);
		model.addAttribute("organisation", organisations.find(c.organisationId()).orElse(null));
		List<String> ids = new ArrayList<>(c.mustSkills());
		ids.add(c.occupationId());
		c.members().forEach(m -> ids.addAll(m.missingSkills()));
		model.addAttribute("labels", labels(ids));
		model.addAttribute("place", taxonomy.municipality(c.municipalityCode()).map(m -> m.name())
			.orElse(c.municipalityCode()));
		model.addAttribute("answerable", c.parts().stream().filter(cohorts::canAnswer).map(p -> p.id()).toList());
		model.addAttribute("trackable", cohorts.trackable(c));
		model.addAttribute("answers", List.of(PartStatus.ACCEPTED, PartStatus.CHANGE_REQUESTED, PartStatus.REJECTED));
		model.addAttribute("stages", MemberStage.values());
		model.addAttribute("hints", rules.hints(c));
		model.addAttribute("errors", errors);
		model.addAttribute("errorFor", errorFor);
		return "network/cohort";
	}

	@PostMapping("/cohorts/parts/{id}")
	String answer(@PathVariable long id, @RequestParam long cohort, @RequestParam Map<String, String> p,
			Model model) {
		try {
			cohorts.answer(id, p.get("status"), p.get("note"), p.get("courseStart"), p.get("seats"));
			return "redirect:/cohorts/" + cohort + "#parts";
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalid", true);
			return cohort(model, cohorts.get(cohort), formErrors.byField(e, LocaleContextHolder.getLocale()), id);
		}
	}

	@PostMapping("/cohorts/members/{id}")
	String track(@PathVariable long id, @RequestParam long cohort, @RequestParam Map<String, String> p, Model model) {
		try {
			cohorts.track(id, p.get("stage"), p.get("progress"), p.get("employed90"));
			return "redirect:/cohorts/" + cohort + "#members";
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalid", true);
			return cohort(model, cohorts.get(cohort), formErrors.byField(e, LocaleContextHolder.getLocale()), id);
		}
	}

	// ---- results

	@GetMapping("/cohorts/results")
	String results(Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<CohortResult> byCohort = cohorts.resultsByCohort();
		List<CohortResult> byProvider = cohorts.resultsByProvider();
		ParameterValue reference = reference();
		model.addAttribute("byCohort", byCohort);
		model.addAttribute("byProvider", byProvider);
		model.addAttribute("reference", reference);
		model.addAttribute("cohortChart", chart(byCohort, reference, locale));
		model.addAttribute("providerChart", chart(byProvider, reference, locale));
		return "network/results";
	}

	private @Nullable ParameterValue reference() {
		try {
			return parameters.get(REFERENCE, LocalDate.now(clock).getYear());
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private String chart(List<CohortResult> rows, @Nullable ParameterValue reference, Locale locale) {
		List<Map<String, Object>> datasets = new ArrayList<>();
		datasets.add(Map.of("type", "bar", "label", messages.getMessage("network.results.share", null, locale),
				"data", rows.stream().map(r -> r.share() == null ? 0 : Math.round(r.share() * 1000) / 10.0).toList()));
		if (reference != null) {
			datasets.add(Map.of("type", "line", "label",
					messages.getMessage("network.results.reference", null, locale), "data",
					rows.stream().map(r -> Math.round(reference.asDouble() * 1000) / 10.0).toList()));
		}
		return json.writeValueAsString(Map.of("labels", rows.stream().map(CohortResult::name).toList(), "datasets",
				datasets));
	}

	@GetMapping(value = "/cohorts/results.csv", produces = "text/csv")
	ResponseEntity<String> resultsCsv() throws IOException {
		ParameterValue reference = reference();
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("level", "id", "name",
				"started", "completed", "known_90d", "in_work_90d", "share_in_work_90d", "reference_share").get())) {
			for (CohortResult r : cohorts.resultsByCohort()) {
				print(csv, "cohort", r, reference);
			}
			for (CohortResult r : cohorts.resultsByProvider()) {
				print(csv, "provider", r, reference);
			}
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kohortresultat.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toString());
	}

	private static void print(CSVPrinter csv, String level, CohortResult r, @Nullable ParameterValue reference)
			throws IOException {
		csv.printRecord(level, r.key(), r.name(), r.started(), r.completed(), r.known(), r.employed(),
				r.share() == null ? "" : String.format(Locale.ROOT, "%.3f", r.share()),
				reference == null ? "" : reference.value().toPlainString());
	}

	// ---- funding rules

	@GetMapping("/cohorts/rules")
	String rules(Model model) {
		return rules(model, Map.of(), Map.of(), null);
	}

	private String rules(Model model, Map<String, String> values, Map<String, String> errors, @Nullable Long errorFor) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("canEdit", rules.canEdit());
		model.addAttribute("facts", FundingFact.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("errorFor", errorFor);
		return "network/rules";
	}

	@PostMapping("/cohorts/rules")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','CONSULTANT')")
	String saveRule(@RequestParam Map<String, String> p, Model model) {
		Long id = parseLong(p.get("id"));
		try {
			rules.save(id, p.get("title"), p.get("fact"), p.get("min"), p.get("max"), p.get("hint"), p.get("source"),
					false);
			return "redirect:/cohorts/rules";
		}
		catch (InvalidInputException e) {
			model.addAttribute("invalid", true);
			return rules(model, p, formErrors.byField(e, LocaleContextHolder.getLocale()), id == null ? -1L : id);
		}
	}

	private Map<String, String> labels(Collection<String> ids) {
		Map<String, String> out = new LinkedHashMap<>();
		Map<String, Concept> concepts = taxonomy.concepts(ids);
		for (String id : ids) {
			Concept c = concepts.get(id);
			out.put(id, c == null ? id : c.label());
		}
		return out;
	}
}
