package se.kompetensnav.planning.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.planning.EmployerRampUp;
import se.kompetensnav.planning.Establishment;
import se.kompetensnav.planning.FromEmployerNeeds;
import se.kompetensnav.planning.NewEstablishment;
import se.kompetensnav.planning.NewScenario;
import se.kompetensnav.planning.Planning;
import se.kompetensnav.planning.Scenario;
import se.kompetensnav.planning.internal.MunicipalityBorders;

/** REST API of the planning module, and the scenario exports. */
@Controller
@Tag(name = "planning", description = "Establishments and their impact on the municipality")
class PlanningApi {

	private static final String ROLES = "hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')";

	private final Planning planning;

	private final MunicipalityBorders municipalities;

	private final PlanningExports exports;

	private final java.time.Clock clock;

	PlanningApi(Planning planning, MunicipalityBorders municipalities, PlanningExports exports, java.time.Clock clock) {
		this.clock = clock;
		this.planning = planning;
		this.municipalities = municipalities;
		this.exports = exports;
	}

	@GetMapping("/api/planning/establishments")
	@ResponseBody
	@PreAuthorize(ROLES)
	@Operation(summary = "All establishments with their scenarios")
	List<Establishment> establishments() {
		return planning.establishments();
	}

	@PostMapping("/api/planning/establishments")
	@ResponseBody
	@PreAuthorize(ROLES)
	@Operation(summary = "Enter an establishment; its first scenario is computed with the current parameters",
			description = "Shares in overrides are percent. Negative jobs or shares over 100 % answer 400 naming the field.")
	ResponseEntity<Establishment> create(@RequestBody NewEstablishment establishment) {
		Establishment e = planning.create(establishment);
		return ResponseEntity.created(URI.create("/api/planning/establishments/" + e.id())).body(e);
	}

	@PostMapping("/api/planning/establishments/from-employer")
	@ResponseBody
	@PreAuthorize(ROLES)
	@Operation(summary = "Enter an establishment derived from an employer's recorded critical functions",
			description = "The employer's municipality; direct jobs per year from the functions' headcounts (now, 1, 3 "
					+ "and 5 years from startYear, years 2 and 4 halfway between). Functions replacing retirees count "
					+ "only with includeReplacement. An unknown employer or one without needs answers 400 at "
					+ "organisationId.")
	ResponseEntity<Establishment> createFromEmployer(@RequestBody FromEmployerNeeds request) {
		Establishment e = planning.createFromEmployer(request);
		return ResponseEntity.created(URI.create("/api/planning/establishments/" + e.id())).body(e);
	}

	@GetMapping("/api/planning/employers/{organisationId}/ramp-up")
	@ResponseBody
	@PreAuthorize(ROLES)
	@Operation(summary = "The direct jobs per year an employer's recorded critical functions imply (nothing stored)")
	EmployerRampUp employerRampUp(@PathVariable long organisationId,
			@RequestParam(required = false) @Nullable Integer startYear,
			@RequestParam(defaultValue = "false") boolean includeReplacement) {
		return planning.rampUpFromEmployer(organisationId,
				startYear == null ? java.time.LocalDate.now(clock).getYear() : startYear, includeReplacement);
	}

	@GetMapping("/api/planning/establishments/{id}")
	@ResponseBody
	@PreAuthorize(ROLES)
	Establishment establishment(@PathVariable long id) {
		return planning.establishment(id);
	}

	/** What re-deriving a scenario from the employer's needs takes (both optional). */
	record FromEmployerScenario(@Nullable Integer startYear, @Nullable Boolean includeReplacement) {
	}

	@PostMapping("/api/planning/establishments/{id}/scenarios/from-employer")
	@ResponseBody
	@PreAuthorize(ROLES)
	@Operation(summary = "Add a scenario derived again from the employer's needs as they are recorded now",
			description = "Only for an establishment derived from an employer (else 400 at organisationId). startYear "
					+ "null: the year the latest scenario starts. Parameters: the library's current values.")
	ResponseEntity<Scenario> addScenarioFromEmployer(@PathVariable long id,
			@RequestBody(required = false) @Nullable FromEmployerScenario request) {
		Scenario s = planning.addScenarioFromEmployer(id, request == null ? null : request.startYear(),
				request != null && Boolean.TRUE.equals(request.includeReplacement()));
		return ResponseEntity.created(URI.create("/api/planning/scenarios/" + s.id())).body(s);
	}

	@PostMapping("/api/planning/establishments/{id}/scenarios")
	@ResponseBody
	@PreAuthorize(ROLES)
	@Operation(summary = "Add a scenario (another ramp-up, bands or shares) to an establishment")
	ResponseEntity<Scenario> addScenario(@PathVariable long id, @RequestBody NewScenario scenario) {
		Scenario s = planning.addScenario(id, scenario);
		return ResponseEntity.created(URI.create("/api/planning/scenarios/" + s.id())).body(s);
	}

	@GetMapping("/api/planning/scenarios/{id}")
	@ResponseBody
	@PreAuthorize(ROLES)
	@Operation(summary = "A stored scenario: ramp-up, the parameter versions it used, results per year and band")
	Scenario scenario(@PathVariable long id) {
		return planning.scenario(id);
	}

	@GetMapping(value = "/api/planning/municipalities/{code}/border", produces = "application/geo+json")
	@ResponseBody
	@Operation(summary = "The municipality's border as GeoJSON (open data)")
	String border(@PathVariable String code) {
		return municipalities.borderGeoJson(code);
	}

	@GetMapping("/planning/scenarios/{id}/export.csv")
	@PreAuthorize(ROLES)
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		return file(exports.csv(planning.scenario(id), LocaleContextHolder.getLocale()), "text/csv;charset=UTF-8",
				id, "csv");
	}

	@GetMapping("/planning/scenarios/{id}/export.xlsx")
	@PreAuthorize(ROLES)
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return file(exports.xlsx(planning.scenario(id), LocaleContextHolder.getLocale()),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", id, "xlsx");
	}

	@GetMapping("/planning/scenarios/{id}/export.pdf")
	@PreAuthorize(ROLES)
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(exports.pdf(planning.scenario(id), LocaleContextHolder.getLocale()), "application/pdf", id,
				"pdf");
	}

	private static ResponseEntity<byte[]> file(byte[] body, String type, long id, String ext) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("scenario-" + id + "." + ext).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}
}
