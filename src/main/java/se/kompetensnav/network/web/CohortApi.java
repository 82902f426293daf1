package se.kompetensnav.network.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.network.Cohort;
import se.kompetensnav.network.CohortRequest;
import se.kompetensnav.network.CohortResult;
import se.kompetensnav.network.Cohorts;

/** Rapid-staffing cohorts over REST. */
@RestController
@Tag(name = "cohorts", description = "Rapid-staffing cohorts: proposal, answers, tracking, results")
@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','CONSULTANT','ANALYST','EMPLOYER','PROVIDER')")
class CohortApi {

	private final Cohorts cohorts;

	CohortApi(Cohorts cohorts) {
		this.cohorts = cohorts;
	}

	record Answer(@Nullable String status, @Nullable String note, @Nullable String courseStart,
			@Nullable String seats) {
	}

	record Tracking(@Nullable String stage, @Nullable String progress, @Nullable String employed90) {
	}

	@GetMapping("/api/cohorts")
	List<Cohort> list() {
		return cohorts.visible();
	}

	@PostMapping("/api/cohorts")
	@PreAuthorize("hasAnyRole('ADMIN','UNIT_MANAGER','CONSULTANT','EMPLOYER')")
	@Operation(summary = "Propose a cohort from a need or a request",
			description = "Shortlist of shared, anonymised candidates from matching; courses that close their common "
					+ "gap; a part for the employer, each provider and the consultants. A bad field answers 400 naming "
					+ "it and stores nothing.")
	ResponseEntity<Cohort> propose(@RequestBody CohortRequest request) {
		Cohort c = cohorts.propose(request);
		return ResponseEntity.created(URI.create("/api/cohorts/" + c.id())).body(c);
	}

	@GetMapping("/api/cohorts/{id}")
	Cohort get(@PathVariable long id) {
		return cohorts.get(id);
	}

	@PostMapping("/api/cohorts/parts/{id}")
	@Operation(summary = "Accept, ask to change or reject one's part (audited)")
	Cohort answer(@PathVariable long id, @RequestBody Answer a) {
		return cohorts.answer(id, a.status(), a.note(), a.courseStart(), a.seats());
	}

	@PostMapping("/api/cohorts/members/{id}")
	@Operation(summary = "Record a member's stage, course progress and work 90 days after (audited)",
			description = "The cohort's course providers (by reference) and the person's own case workers; anyone "
					+ "else gets 404 and a DENIED entry in the audit log.")
	Cohort track(@PathVariable long id, @RequestBody Tracking t) {
		return cohorts.track(id, t.stage(), t.progress(), t.employed90());
	}

	@GetMapping("/api/cohorts/results")
	@Operation(summary = "Share in work 90 days after, per cohort and per provider")
	java.util.Map<String, List<CohortResult>> results() {
		return java.util.Map.of("byCohort", cohorts.resultsByCohort(), "byProvider", cohorts.resultsByProvider());
	}
}
