package se.kompetensnav.education.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseQuery;
import se.kompetensnav.education.Provider;
import se.kompetensnav.education.ValidationOffer;
import se.kompetensnav.education.internal.CatalogueService;
import se.kompetensnav.education.internal.TaxonomyLookup;
import se.kompetensnav.web.FormErrors;

/** The catalogue pages: search (htmx), a course, validation offers, and a provider's own courses with their forms. */
@Controller
class CataloguePages {

	static final String CATALOGUE = "education/catalogue";

	static final String RESULTS = "education/catalogue :: results";

	static final String COURSE = "education/course";

	static final String VALIDATIONS = "education/validations";

	static final String MY_COURSES = "education/my-courses";

	static final String FORM = "education/course-form";

	private final CatalogueService catalogue;

	private final TaxonomyLookup taxonomy;

	private final FormErrors formErrors;

	private final Clock clock;

	private final CourseDemand demand;

	CataloguePages(CatalogueService catalogue, TaxonomyLookup taxonomy, FormErrors formErrors, Clock clock,
			CourseDemand demand) {
		this.demand = demand;
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
		this.formErrors = formErrors;
		this.clock = clock;
	}

	/** Search criteria as the page sends them. */
	public record Filter(@Nullable String q, @Nullable String skill, @Nullable String occupation,
			@Nullable String municipality, @Nullable Integer weeks, @Nullable CourseMode mode,
			@Nullable Boolean shortOnly) {

		CourseQuery query() {
			return new CourseQuery(q, skill, occupation, municipality, weeks, mode, Boolean.TRUE.equals(shortOnly),
					null);
		}
	}

	/** One result row. */
	public record Row(Course course, String municipality, @Nullable LocalDate nextStart, int seats) {
	}

	@GetMapping("/utbildningar")
	String catalogue(@ModelAttribute("filter") Filter filter, Model model) {
		results(filter, model);
		Set<String> used = new LinkedHashSet<>();
		catalogue.search(CourseQuery.all()).forEach(c -> used.add(c.municipalityCode()));
		Map<String, String> municipalities = new LinkedHashMap<>();
		taxonomy.municipalities().forEach((code, name) -> {
			if (used.contains(code)) {
				municipalities.put(code, name);
			}
		});
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("modes", List.of(CourseMode.ON_SITE, CourseMode.DISTANCE));
		model.addAttribute("weekChoices", List.of(2, 4, 8, 12, 26));
		Map<String, String> labels = new LinkedHashMap<>();
		for (String id : new String[] { filter.skill(), filter.occupation() }) {
			if (id != null && !id.isBlank()) {
				labels.putAll(taxonomy.labels(List.of(id)));
			}
		}
		model.addAttribute("labels", labels);
		return CATALOGUE;
	}

	@GetMapping("/utbildningar/resultat")
	String results(@ModelAttribute("filter") Filter filter, Model model) {
		LocalDate today = LocalDate.now(clock);
		List<Row> rows = new ArrayList<>();
		for (Course c : catalogue.search(filter.query())) {
			var next = c.nextStart(today);
			String municipality = taxonomy.municipalityName(c.municipalityCode());
			rows.add(new Row(c, municipality == null ? c.municipalityCode() : municipality,
					next == null ? null : next.date(), next == null ? 0 : next.seats()));
		}
		model.addAttribute("rows", rows);
		return RESULTS;
	}

	@GetMapping("/utbildningar/{id:\\d+}")
	String course(@PathVariable long id, Model model) {
		Course course = catalogue.course(id).orElseThrow(() -> new NotFoundException("course", id));
		model.addAttribute("course", course);
		model.addAttribute("skills", taxonomy.labels(course.skillIds()));
		model.addAttribute("occupations", taxonomy.labels(course.occupationIds()));
		String municipality = taxonomy.municipalityName(course.municipalityCode());
		model.addAttribute("municipality", municipality == null ? course.municipalityCode() : municipality);
		model.addAttribute("canEdit", catalogue.canMaintain(course.providerId()));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("servedOpportunities", demand.opportunities(course));
		model.addAttribute("servedNeeds", demand.needs(course));
		return COURSE;
	}

	@GetMapping("/utbildningar/validering")
	String validations(Model model) {
		List<ValidationOffer> offers = catalogue.validationOffers();
		Set<String> ids = new LinkedHashSet<>();
		offers.forEach(v -> {
			ids.addAll(v.skillIds());
			if (v.occupationId() != null) {
				ids.add(v.occupationId());
			}
		});
		model.addAttribute("offers", offers);
		model.addAttribute("labels", taxonomy.labels(ids));
		Map<String, String> municipalities = taxonomy.municipalities();
		model.addAttribute("municipalityNames", municipalities);
		return VALIDATIONS;
	}

	// ---- the provider's own courses

	@GetMapping("/utbildningar/mina")
	@PreAuthorize("hasAnyRole('PROVIDER', 'ADMIN')")
	String myCourses(Model model) {
		Provider provider = catalogue.myProvider().orElse(null);
		model.addAttribute("provider", provider);
		List<Course> courses = provider == null ? List.of()
				: catalogue.search(new CourseQuery(null, null, null, null, null, null, false, provider.id()));
		model.addAttribute("courses", courses);
		model.addAttribute("today", LocalDate.now(clock));
		return MY_COURSES;
	}

	@PostMapping(value = "/utbildningar/mina/import", consumes = "multipart/form-data")
	@PreAuthorize("hasAnyRole('PROVIDER', 'ADMIN')")
	String importCsv(@RequestParam("file") org.springframework.web.multipart.MultipartFile file, Model model,
			Locale locale) throws java.io.IOException {
		try (var reader = new java.io.InputStreamReader(file.getInputStream(),
				java.nio.charset.StandardCharsets.UTF_8)) {
			var result = catalogue.importCsv(reader);
			return "redirect:/utbildningar/mina?importerade=" + (result.created() + result.updated());
		}
		catch (InvalidInputException e) {
			model.addAttribute("importErrors", e.errors().stream().map(err -> formErrors.text(err, locale)).toList());
			return myCourses(model);
		}
	}

	@GetMapping("/utbildningar/mina/ny")
	@PreAuthorize("hasRole('PROVIDER')")
	String newCourse(Model model) {
		Provider provider = catalogue.myProvider().orElseThrow(() -> new AccessDeniedException("no provider"));
		return form(model, CourseForm.empty(provider.municipalityCode() == null ? "" : provider.municipalityCode()),
				null, Map.of());
	}

	@PostMapping("/utbildningar/mina/ny")
	@PreAuthorize("hasRole('PROVIDER')")
	String create(@ModelAttribute CourseForm form, Model model, Locale locale) {
		try {
			Course course = catalogue.createCourse(null, form.toDraft());
			return "redirect:/utbildningar/" + course.id() + "?sparad";
		}
		catch (InvalidInputException e) {
			return form(model, form, null, formErrors.byField(e, locale));
		}
	}

	@GetMapping("/utbildningar/mina/{id:\\d+}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'ADMIN')")
	String edit(@PathVariable long id, Model model) {
		Course course = maintainable(id);
		return form(model, CourseForm.of(course), course, Map.of());
	}

	@PostMapping("/utbildningar/mina/{id:\\d+}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'ADMIN')")
	String update(@PathVariable long id, @ModelAttribute CourseForm form, Model model, Locale locale) {
		Course course = maintainable(id);
		try {
			catalogue.updateCourse(id, form.toDraft());
			return "redirect:/utbildningar/" + id + "?sparad";
		}
		catch (InvalidInputException e) {
			return form(model, form, course, formErrors.byField(e, locale));
		}
	}

	private Course maintainable(long id) {
		Course course = catalogue.course(id).orElseThrow(() -> new NotFoundException("course", id));
		if (!catalogue.canMaintain(course.providerId())) {
			throw new AccessDeniedException("not your course");
		}
		return course;
	}

	private String form(Model model, CourseForm form, @Nullable Course course, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("course", course);
		model.addAttribute("errors", errors);
		Set<String> ids = new LinkedHashSet<>(form.skillList());
		ids.addAll(form.occupationList());
		model.addAttribute("labels", taxonomy.labels(ids));
		model.addAttribute("municipalities", taxonomy.municipalities());
		model.addAttribute("modes", CourseMode.values());
		model.addAttribute("startRows", java.util.stream.IntStream.range(0, CourseForm.START_ROWS).boxed().toList());
		return FORM;
	}
}
