package se.kompetensnav.education.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseQuery;
import se.kompetensnav.education.Offer;
import se.kompetensnav.education.Provider;
import se.kompetensnav.education.ProviderType;
import se.kompetensnav.education.ValidationOffer;
import se.kompetensnav.education.internal.CatalogueDocument;
import se.kompetensnav.education.internal.CatalogueService;
import se.kompetensnav.education.internal.CourseDraft;
import se.kompetensnav.education.internal.ImportResult;
import se.kompetensnav.education.internal.ValidationDraft;

/** The catalogue over REST: search and read for every signed-in user, maintenance for the provider's own users. */
@RestController
@RequestMapping("/api/education")
@Tag(name = "Education", description = "Providers, courses, short courses and validation offers")
class CatalogueApiController {

	private final CatalogueService catalogue;

	CatalogueApiController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	record ProviderRequest(String unitCode, @Nullable ProviderType type) {
	}

	@GetMapping("/providers")
	List<Provider> providers() {
		return catalogue.providers();
	}

	@PostMapping("/providers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an organisational unit of type PROVIDER as an education provider (admins)")
	Provider registerProvider(@RequestBody ProviderRequest request) {
		return catalogue.registerProvider(request.unitCode(), request.type());
	}

	@GetMapping("/courses")
	@Operation(summary = "Search courses", description = "All criteria are optional and combine with AND. q is free "
			+ "text with Swedish analysis; startWithinWeeks keeps courses with a start from today within that many "
			+ "weeks; mode ON_SITE or DISTANCE also matches MIXED; municipality also matches distance courses.")
	List<Course> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String skill,
			@RequestParam(required = false) @Nullable String occupation,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable Integer startWithinWeeks,
			@RequestParam(required = false) @Nullable CourseMode mode,
			@RequestParam(required = false, defaultValue = "false") boolean shortOnly,
			@RequestParam(required = false) @Nullable Long provider) {
		return catalogue.search(
				new CourseQuery(q, skill, occupation, municipality, startWithinWeeks, mode, shortOnly, provider));
	}

	@GetMapping("/courses/{id}")
	Course course(@PathVariable long id) {
		return catalogue.course(id).orElseThrow(() -> new NotFoundException("course", id));
	}

	@PostMapping("/courses")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a course", description = "To the user's own provider; admins name one with provider.")
	Course create(@RequestParam(required = false) @Nullable Long provider, @RequestBody CourseDraft draft) {
		return catalogue.createCourse(provider, draft);
	}

	@PutMapping("/courses/{id}")
	Course update(@PathVariable long id, @RequestBody CourseDraft draft) {
		return catalogue.updateCourse(id, draft);
	}

	@DeleteMapping("/courses/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		catalogue.deleteCourse(id);
	}

	@GetMapping("/short-courses")
	@Operation(summary = "Short courses for rapid staffing, by next start")
	List<Course> shortCourses() {
		return catalogue.shortCourses();
	}

	@GetMapping("/validations")
	List<ValidationOffer> validations() {
		return catalogue.validationOffers();
	}

	@GetMapping("/validations/{id}")
	ValidationOffer validation(@PathVariable long id) {
		return catalogue.validationOffer(id).orElseThrow(() -> new NotFoundException("validation", id));
	}

	@PostMapping("/validations")
	@ResponseStatus(HttpStatus.CREATED)
	ValidationOffer createValidation(@RequestParam(required = false) @Nullable Long provider,
			@RequestBody ValidationDraft draft) {
		return catalogue.createValidation(provider, draft);
	}

	@PutMapping("/validations/{id}")
	ValidationOffer updateValidation(@PathVariable long id, @RequestBody ValidationDraft draft) {
		return catalogue.updateValidation(id, draft);
	}

	@GetMapping("/offers")
	@Operation(summary = "Courses and validation offers as the matching engine sees them")
	List<Offer> offers() {
		return catalogue.offers();
	}

	@GetMapping(value = "/catalogue.csv", produces = "text/csv")
	@Operation(summary = "Export courses as CSV (format in docs/education.md)")
	ResponseEntity<String> exportCsv(@RequestParam(required = false) @Nullable Long provider) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kurskatalog.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(catalogue.exportCsv(provider));
	}

	@GetMapping(value = "/catalogue.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Export courses and validation offers as one JSON document")
	CatalogueDocument exportJson(@RequestParam(required = false) @Nullable Long provider) {
		return catalogue.exportDocument(provider);
	}

	@PostMapping(value = "/catalogue.csv", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import courses from CSV", description = "Every row is checked; when one is wrong nothing "
			+ "is imported and the errors name row and column. Rows update the course with the same provider and ref.")
	ImportResult importCsv(@RequestBody String csv) {
		return catalogue.importCsv(new StringReader(csv));
	}

	@PostMapping(value = "/catalogue.csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResult importCsvFile(@RequestPart("file") MultipartFile file) throws IOException {
		try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			return catalogue.importCsv(reader);
		}
	}

	@GetMapping(value = "/validations.csv", produces = "text/csv")
	@Operation(summary = "Export validation offers as CSV (format in docs/education.md)")
	ResponseEntity<String> exportValidationsCsv(@RequestParam(required = false) @Nullable Long provider) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"valideringar.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(catalogue.exportValidationsCsv(provider));
	}

	@PostMapping(value = "/validations.csv", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@Operation(summary = "Import validation offers from CSV, all or nothing")
	ImportResult importValidationsCsv(@RequestBody String csv) {
		return catalogue.importValidationsCsv(new StringReader(csv));
	}

	@PostMapping(value = "/catalogue.json", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import courses and validation offers from the JSON document")
	ImportResult importJson(@RequestBody CatalogueDocument document) {
		return catalogue.importDocument(document);
	}
}
