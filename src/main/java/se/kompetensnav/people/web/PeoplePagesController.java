package se.kompetensnav.people.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.ObjectMapper;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.people.ActivityType;
import se.kompetensnav.people.Answer;
import se.kompetensnav.people.Assessor;
import se.kompetensnav.people.EnrolmentStatus;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.GoalStatus;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.IncomeSource;
import se.kompetensnav.people.KeyCompetence;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.TargetGroup;
import se.kompetensnav.people.esf.EsfReport;
import se.kompetensnav.people.esf.EsfReportService;
import se.kompetensnav.people.internal.AssessmentDescriptors;
import se.kompetensnav.people.internal.ExitInput;
import se.kompetensnav.people.internal.FollowUp;
import se.kompetensnav.people.internal.FollowUpInput;
import se.kompetensnav.people.internal.Participant;
import se.kompetensnav.people.internal.ParticipantInput;
import se.kompetensnav.people.internal.ParticipantService;
import se.kompetensnav.people.internal.ParticipantView;
import se.kompetensnav.people.internal.PlanItems;
import se.kompetensnav.people.internal.PlanService;
import se.kompetensnav.people.internal.ProgrammeRepository;
import se.kompetensnav.people.internal.ProgrammeService;
import se.kompetensnav.people.internal.Staff;
import se.kompetensnav.taxonomy.Taxonomy;
import se.kompetensnav.web.FormErrors;

/** The people pages: caseload, participant (with the htmx plan editor), new participant, programme, ESF+ report. */
@Controller
class PeoplePagesController {

	static final String CASELOAD = "people/caseload";

	static final String NEW = "people/new";

	static final String PARTICIPANT = "people/participant";

	static final String PLAN_FRAGMENT = "people/participant :: plan";

	static final String PROGRAMMES = "people/programmes";

	static final String PROGRAMME = "people/programme";

	static final String ESF = "people/esf";

	static final String ESF_DRILL_DOWN = "people/esf-participants";

	/** One event on the participant's timeline. */
	record TimelineEntry(LocalDate date, String kindKey, String text) {
	}

	private final ParticipantService participants;

	private final PlanService plans;

	private final EsfReportService esf;

	private final ProgrammeRepository programmeRepo;

	private final Staff staff;

	private final CurrentUsers users;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final FormErrors formErrors;

	private final Clock clock;

	private final ProgrammeService programmeAdmin;

	private final ObjectProvider<Taxonomy> taxonomy;

	private final AssessmentDescriptors descriptors;

	PeoplePagesController(ParticipantService participants, PlanService plans, EsfReportService esf,
			ProgrammeRepository programmeRepo, Staff staff, CurrentUsers users, MessageSource messages,
			ObjectMapper json, FormErrors formErrors, Clock clock, ProgrammeService programmeAdmin,
			ObjectProvider<Taxonomy> taxonomy, AssessmentDescriptors descriptors) {
		this.descriptors = descriptors;
		this.programmeAdmin = programmeAdmin;
		this.taxonomy = taxonomy;
		this.participants = participants;
		this.plans = plans;
		this.esf = esf;
		this.programmeRepo = programmeRepo;
		this.staff = staff;
		this.users = users;
		this.messages = messages;
		this.json = json;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	/** Messages by field; indexed fields ({@code scores[kc-1]}) are shown at their group ({@code scores}). */
	private Map<String, String> errorsOf(InvalidInputException e, Locale locale) {
		Map<String, String> map = new LinkedHashMap<>();
		formErrors.byField(e, locale).forEach((field, text) -> map.putIfAbsent(field.replaceAll("\\[.*$", ""), text));
		return map;
	}

	// ---- caseload ----

	@GetMapping("/people")
	String caseload(@RequestParam(required = false) @Nullable String personnummer, Model model, Locale locale) {
		List<Participant> caseload = participants.caseload();
		LocalDate today = LocalDate.now(clock);
		LocalDate monday = today.with(DayOfWeek.MONDAY);
		model.addAttribute("caseload", caseload);
		model.addAttribute("today", today);
		model.addAttribute("due", participants.dueFollowUps(caseload, 14));
		Map<Long, Participant> byId = new LinkedHashMap<>();
		caseload.forEach(p -> byId.put(p.id(), p));
		model.addAttribute("byId", byId);
		model.addAttribute("week", plans.activitiesBetween(caseload, monday, monday.plusDays(6)));
		model.addAttribute("programmes", participants.workableProgrammes());
		model.addAttribute("programmeNames", programmeNames());
		if (personnummer != null && !personnummer.isBlank()) {
			try {
				model.addAttribute("searchResult", participants.findByPersonnummer(personnummer));
			}
			catch (InvalidInputException e) {
				model.addAttribute("errors", errorsOf(e, locale));
			}
			model.addAttribute("personnummer", personnummer);
		}
		return CASELOAD;
	}

	private Map<Long, String> programmeNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		programmeRepo.all().forEach(p -> names.put(p.id(), p.name()));
		return names;
	}

	// ---- new participant ----

	@GetMapping("/people/participants/new")
	String newParticipant(@RequestParam(required = false) @Nullable Long programmeId, Model model) {
		formModel(model, new ParticipantInput(programmeId, null, null, null, null, null, "2582", null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, LocalDate.now(clock).toString(), null, null,
				null, null));
		return NEW;
	}

	@PostMapping("/people/participants")
	String create(@ModelAttribute("form") ParticipantInput form, BindingResult binding, Model model, Locale locale) {
		try {
			Participant p = participants.create(form);
			return "redirect:/people/participants/" + p.id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", errorsOf(e, locale));
			formModel(model, form);
			return NEW;
		}
	}

	private void formModel(Model model, ParticipantInput form) {
		model.addAttribute("form", form);
		Map<Long, String> programmeChoices = new LinkedHashMap<>();
		participants.workableProgrammes().forEach(pr -> programmeChoices.put(pr.id(), pr.name()));
		model.addAttribute("programmeChoices", programmeChoices);
		model.addAttribute("genders", Gender.values());
		model.addAttribute("sunLevels", SunLevel.values());
		model.addAttribute("statuses", LabourMarketStatus.values());
		model.addAttribute("incomes", IncomeSource.values());
		model.addAttribute("targetGroups", TargetGroup.values());
		model.addAttribute("answers", Answer.values());
		model.addAttribute("sensitiveVisible", participants.sensitiveVisible());
		model.addAttribute("sensitiveFields",
				List.of("health", "disability", "foreignBackground", "thirdCountryNational", "minority", "homeless"));
		var user = users.current().orElse(null);
		Map<Long, String> consultantChoices = new LinkedHashMap<>();
		if (user != null && user.has(Role.UNIT_MANAGER)) {
			staff.consultantsIn(user.visibleUnitIds()).forEach(c -> consultantChoices.put(c.id(), c.displayName()));
		}
		model.addAttribute("consultantChoices", consultantChoices);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
	}

	// ---- participant ----

	@GetMapping("/people/participants/{id}")
	String participant(@PathVariable long id, Model model, Locale locale) {
		ParticipantView p = participants.view(id);
		participantModel(model, p, locale);
		return PARTICIPANT;
	}

	private void participantModel(Model model, ParticipantView p, Locale locale) {
		PlanService.Plan plan = plans.planFor(p.id());
		model.addAttribute("p", p);
		model.addAttribute("conceptLabels", conceptLabels(p));
		model.addAttribute("plan", plan);
		model.addAttribute("timeline", timeline(p, plan, locale));
		model.addAttribute("keyCompetences", KeyCompetence.values());
		model.addAttribute("activityTypes", ActivityType.values());
		model.addAttribute("goalStatuses", GoalStatus.values());
		model.addAttribute("assessors", Assessor.values());
		model.addAttribute("exitSituations", ExitSituation.values());
		model.addAttribute("improvements", Improvement.values());
		model.addAttribute("channels", List.of("MEETING", "PHONE", "DIGITAL", "OTHER"));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("enrolled", p.status() == EnrolmentStatus.ENROLLED);
		model.addAttribute("radarChart", radar(plan, locale));
		model.addAttribute("trendChart", trend(plan, locale));
		model.addAttribute("trendRows", trendRows(plan));
		model.addAttribute("frameworks", descriptors.frameworks());
		model.addAttribute("descriptorLabels", descriptorLabels());
		model.addAttribute("usedDescriptors", plan.assessments().stream()
			.flatMap(a -> a.descriptors().keySet().stream()).distinct().sorted().toList());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("errorForm")) {
			model.addAttribute("errorForm", "");
		}
	}

	/** Taxonomy labels of the participant's occupations and skills (the id where the taxonomy lacks one). */
	private Map<String, String> conceptLabels(ParticipantView p) {
		List<String> ids = new ArrayList<>(p.occupationsWanted());
		ids.addAll(p.occupationsExperienced());
		p.skills().forEach(s -> ids.add(s.conceptId()));
		Taxonomy t = taxonomy.getIfAvailable();
		Map<String, String> labels = new LinkedHashMap<>();
		if (t != null) {
			t.concepts(ids).forEach((id, c) -> labels.put(id, c.label()));
		}
		return labels;
	}

	List<TimelineEntry> timeline(ParticipantView p, PlanService.Plan plan, Locale locale) {
		List<TimelineEntry> t = new ArrayList<>();
		if (p.entryDate() != null) {
			t.add(new TimelineEntry(p.entryDate(), "people.timeline.entry", p.programmeName()));
		}
		for (PlanItems.Activity a : plan.activities()) {
			t.add(new TimelineEntry(a.startsOn(), "people.timeline.activity",
					msg("people.activity." + a.type(), locale) + ": " + a.title()));
		}
		for (PlanItems.Contact c : plan.contacts()) {
			t.add(new TimelineEntry(c.date(), "people.timeline.contact", c.summary()
					+ (c.nextSteps() == null ? "" : " → " + c.nextSteps())));
		}
		for (PlanItems.Assessment a : plan.assessments()) {
			t.add(new TimelineEntry(a.assessedOn(), "people.timeline.assessment",
					msg("people.assessor." + a.assessor(), locale)));
		}
		if (p.exitDate() != null) {
			t.add(new TimelineEntry(p.exitDate(), "people.timeline.exit",
					p.exitSituation() == null ? "" : msg("people.exit." + p.exitSituation(), locale)));
		}
		for (FollowUp f : p.followUps()) {
			t.add(new TimelineEntry(f.done() ? f.doneOn() : f.dueOn(), "people.timeline.followUp",
					msg("people.followUp." + f.kind(), locale)
							+ (f.situation() == null ? "" : ": " + msg("people.exit." + f.situation(), locale))));
		}
		t.sort(Comparator.comparing(TimelineEntry::date).reversed());
		return t;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	String radar(PlanService.Plan plan, Locale locale) {
		List<String> labels = new ArrayList<>();
		for (KeyCompetence kc : KeyCompetence.values()) {
			labels.add(msg(kc.messageKey(), locale));
		}
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (Assessor who : Assessor.values()) {
			plan.assessments().stream().filter(a -> a.assessor() == who).reduce((a, b) -> b).ifPresent(a -> {
				List<Integer> data = new ArrayList<>();
				for (KeyCompetence kc : KeyCompetence.values()) {
					data.add(a.scores().getOrDefault(kc, 0));
				}
				datasets.add(Map.of("label", msg("people.assessor." + who, locale) + " " + a.assessedOn(), "data",
						data));
			});
		}
		return json.writeValueAsString(Map.of("type", "radar", "data", Map.of("labels", labels, "datasets", datasets),
				"options", Map.of("scales", Map.of("r", Map.of("min", 0, "max", 5, "ticks", Map.of("stepSize", 1))))));
	}

	String cohortChart(List<PlanService.CohortProgress> cohorts, Locale locale) {
		List<String> labels = cohorts.stream().map(PlanService.CohortProgress::cohort).toList();
		return json.writeValueAsString(Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", List.of(
				Map.of("label", msg("people.programme.firstAssessment", locale), "data",
						cohorts.stream().map(PlanService.CohortProgress::first).toList()),
				Map.of("label", msg("people.programme.latestAssessment", locale), "data",
						cohorts.stream().map(PlanService.CohortProgress::latest).toList()))),
				"options", Map.of("scales", Map.of("y", Map.of("min", 0, "max", 5)))));
	}

	static @Nullable Double frameworkMean(PlanItems.Assessment a, String framework) {
		var scores = a.descriptors().entrySet().stream().filter(e -> e.getKey().startsWith(framework + "-"))
			.mapToInt(Map.Entry::getValue).summaryStatistics();
		return scores.getCount() == 0 ? null : Math.round(scores.getAverage() * 10) / 10.0;
	}

	private Map<String, String> descriptorLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		descriptors.frameworks()
			.forEach(f -> f.descriptors().forEach(d -> labels.put(d.id(), d.code() + " " + d.label())));
		return labels;
	}

	/** Date, assessor, mean score: the distance travelled. */
	record TrendRow(LocalDate date, Assessor assessor, double mean) {
	}

	List<TrendRow> trendRows(PlanService.Plan plan) {
		return plan.assessments().stream()
			.map(a -> new TrendRow(a.assessedOn(), a.assessor(),
					Math.round(a.scores().values().stream().mapToInt(Integer::intValue).average().orElse(0) * 10)
							/ 10.0))
			.toList();
	}

	String trend(PlanService.Plan plan, Locale locale) {
		List<TrendRow> rows = trendRows(plan);
		List<String> labels = rows.stream().map(r -> r.date().toString()).distinct().sorted().toList();
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (Assessor who : Assessor.values()) {
			List<Object> data = new ArrayList<>();
			for (String d : labels) {
				data.add(rows.stream().filter(r -> r.assessor() == who && r.date().toString().equals(d))
					.map(TrendRow::mean).reduce((a, b) -> b).orElse(null));
			}
			datasets.add(Map.of("label", msg("people.assessor." + who, locale), "data", data, "spanGaps", true));
		}
		// The DigComp / EntreComp / LifeComp descriptors, where used: the mean of each framework's scored
		// descriptors per assessment, on the same scale, so their distance travelled shows beside the key competences.
		for (String framework : AssessmentDescriptors.FRAMEWORKS) {
			for (Assessor who : Assessor.values()) {
				List<Object> data = new ArrayList<>();
				boolean any = false;
				for (String d : labels) {
					Double mean = plan.assessments().stream()
						.filter(a -> a.assessor() == who && a.assessedOn().toString().equals(d))
						.map(a -> frameworkMean(a, framework)).filter(m -> m != null).reduce((a, b) -> b)
						.orElse(null);
					any |= mean != null;
					data.add(mean);
				}
				if (any) {
					datasets.add(Map.of("label", msg("people.framework." + framework, locale) + " · "
							+ msg("people.assessor." + who, locale), "data", data, "spanGaps", true, "borderDash",
							List.of(6, 4)));
				}
			}
		}
		return json.writeValueAsString(Map.of("type", "line", "data", Map.of("labels", labels, "datasets", datasets),
				"options", Map.of("scales", Map.of("y", Map.of("min", 1, "max", 5)))));
	}

	/** Runs a plan change; answers the plan fragment (htmx) or the page, with the messages at the fields. */
	private String planChange(long id, String formName, Runnable change, Object form, boolean htmx, Model model,
			Locale locale) {
		try {
			change.run();
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", errorsOf(e, locale));
			model.addAttribute("errorForm", formName);
			model.addAttribute(formName, form);
			participantModel(model, participants.view(id), locale);
			return htmx ? PLAN_FRAGMENT : PARTICIPANT;
		}
		if (!htmx) {
			return "redirect:/people/participants/" + id;
		}
		participantModel(model, participants.view(id), locale);
		return PLAN_FRAGMENT;
	}

	@PostMapping("/people/participants/{id}/goals")
	String addGoal(@PathVariable long id, @ModelAttribute("goalForm") PlanItems.GoalInput form,
			BindingResult binding, @RequestHeader(value = "HX-Request", required = false) @Nullable String hx,
			Model model, Locale locale) {
		return planChange(id, "goalForm", () -> plans.addGoal(id, form), form, hx != null, model, locale);
	}

	@PostMapping("/people/participants/{id}/activities")
	String addActivity(@PathVariable long id, @ModelAttribute("activityForm") PlanItems.ActivityInput form,
			BindingResult binding, @RequestHeader(value = "HX-Request", required = false) @Nullable String hx,
			Model model, Locale locale) {
		return planChange(id, "activityForm", () -> plans.addActivity(id, form), form, hx != null, model, locale);
	}

	@PostMapping("/people/participants/{id}/contacts")
	String addContact(@PathVariable long id, @ModelAttribute("contactForm") PlanItems.ContactInput form,
			BindingResult binding, @RequestHeader(value = "HX-Request", required = false) @Nullable String hx,
			Model model, Locale locale) {
		return planChange(id, "contactForm", () -> plans.addContact(id, form), form, hx != null, model, locale);
	}

	@PostMapping("/people/participants/{id}/assessments")
	String addAssessment(@PathVariable long id, @RequestParam Map<String, String> params,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String hx, Model model, Locale locale) {
		Map<String, String> scores = new LinkedHashMap<>();
		for (KeyCompetence kc : KeyCompetence.values()) {
			String v = params.get("score-" + kc.conceptId());
			if (v != null) {
				scores.put(kc.conceptId(), v);
			}
		}
		Map<String, String> descriptorScores = new LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("descriptor-") && value != null && !value.isBlank()) {
				descriptorScores.put(key.substring("descriptor-".length()), value);
			}
		});
		var form = new PlanItems.AssessmentInput(params.get("assessedOn"), params.get("assessor"), scores,
				descriptorScores);
		return planChange(id, "assessmentForm", () -> plans.addAssessment(id, form), form, hx != null, model, locale);
	}

	@PostMapping("/people/participants/{id}/exit")
	String exit(@PathVariable long id, @ModelAttribute("exitForm") ExitInput form, BindingResult binding,
			Model model, Locale locale) {
		try {
			participants.exit(id, form);
			return "redirect:/people/participants/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", errorsOf(e, locale));
			model.addAttribute("errorForm", "exitForm");
			participantModel(model, participants.view(id), locale);
			return PARTICIPANT;
		}
	}

	@PostMapping("/people/participants/{id}/follow-ups/{followUpId}")
	String followUp(@PathVariable long id, @PathVariable long followUpId,
			@ModelAttribute("followUpForm") FollowUpInput form, BindingResult binding, Model model, Locale locale) {
		try {
			participants.recordFollowUp(id, followUpId, form);
			return "redirect:/people/participants/" + id;
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", errorsOf(e, locale));
			model.addAttribute("errorForm", "followUp-" + followUpId);
			participantModel(model, participants.view(id), locale);
			return PARTICIPANT;
		}
	}

	// ---- programmes ----

	@GetMapping("/people/programmes")
	String programmes(Model model) {
		var user = users.require();
		List<Programme> list = user.hasAny(Role.ANALYST, Role.ADMIN) ? programmeRepo.all()
				: participants.workableProgrammes();
		model.addAttribute("programmes", list);
		model.addAttribute("workable", participants.workableProgrammes().stream().map(Programme::id).toList());
		boolean manager = programmeAdmin.canManage();
		model.addAttribute("canManage", manager);
		model.addAttribute("manageableUnits", manager ? programmeAdmin.manageableUnits().stream()
			.map(se.kompetensnav.identity.OrgUnit::id).toList() : List.of());
		return PROGRAMMES;
	}

	@GetMapping("/people/programmes/{id}")
	String programme(@PathVariable long id, Model model, Locale locale) {
		Programme p = participants.workableProgramme(id);
		int used = participants.enrolledCount(id);
		model.addAttribute("programme", p);
		model.addAttribute("used", used);
		model.addAttribute("free", Math.max(0, p.places() - used));
		List<Optional<Participant>> waiting = participants.waitingList(id);
		model.addAttribute("waiting", waiting);
		List<Participant> visible = participants.visibleIn(id);
		model.addAttribute("visible", visible);
		List<PlanService.CohortProgress> cohorts = plans.cohorts(visible);
		model.addAttribute("cohorts", cohorts);
		model.addAttribute("cohortChart", cohortChart(cohorts, locale));
		model.addAttribute("staff", programmeRepo.staff(id));
		return PROGRAMME;
	}

	@PostMapping("/people/programmes/{id}/admit-next")
	String admitNext(@PathVariable long id, @RequestParam(required = false) @Nullable String entryDate) {
		participants.admitNext(id, entryDate);
		return "redirect:/people/programmes/" + id;
	}

	@GetMapping("/people/programmes/{id}/esf/{code}")
	String esfDrillDown(@PathVariable long id, @PathVariable String code, @RequestParam String from,
			@RequestParam String to, Model model) {
		LocalDate[] period = EsfReportService.period(from, to);
		model.addAttribute("programme", esf.programme(id));
		model.addAttribute("code", code);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("people", esf.drillDown(id, code, period[0], period[1]));
		return ESF_DRILL_DOWN;
	}

	@GetMapping("/people/programmes/{id}/esf")
	String esfReport(@PathVariable long id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, Locale locale) {
		Programme p = esf.programme(id);
		LocalDate today = LocalDate.now(clock);
		String f = from == null || from.isBlank() ? p.startsOn().toString() : from;
		String t = to == null || to.isBlank() ? today.toString() : to;
		model.addAttribute("programme", p);
		model.addAttribute("drillDown", participants.workableProgrammes().stream().anyMatch(w -> w.id() == id));
		model.addAttribute("from", f);
		model.addAttribute("to", t);
		model.addAttribute("errors", Map.of());
		try {
			LocalDate[] period = EsfReportService.period(f, t);
			EsfReport report = esf.report(id, period[0], period[1]);
			model.addAttribute("report", report);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", errorsOf(e, locale));
		}
		return ESF;
	}
}
