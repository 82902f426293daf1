package se.kompetensnav.effects.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.effects.internal.EffectCalculations;
import se.kompetensnav.effects.internal.ExclusionRequest;
import se.kompetensnav.effects.internal.ProgrammeEffects;
import se.kompetensnav.effects.internal.ProgrammeReportRequest;
import se.kompetensnav.effects.internal.ProgrammeRequest;
import se.kompetensnav.effects.internal.ScenarioRequest;
import se.kompetensnav.effects.internal.StoredCalculation;

@RestController
@RequestMapping("/api/effects")
@PreAuthorize("hasAnyRole('UNIT_MANAGER', 'CONSULTANT', 'ANALYST', 'ADMIN')")
@Tag(name = "Effects", description = "Socio-economic effects: scenarios, cost of exclusion, programme reports, "
		+ "stored calculations")
class EffectsApi {

	private final EffectCalculations calculations;

	private final ProgrammeEffects programmeEffects;

	EffectsApi(EffectCalculations calculations, ProgrammeEffects programmeEffects) {
		this.calculations = calculations;
		this.programmeEffects = programmeEffects;
	}

	@PostMapping("/scenarios")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Run and store a scenario (places, share to work, effect years); empty fields take the "
			+ "parameter library's defaults")
	StoredCalculation scenario(@RequestBody ScenarioRequest request) {
		return calculations.runScenario(request);
	}

	@PostMapping("/exclusion")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Run and store a cost-of-exclusion calculation for a typical case")
	StoredCalculation exclusion(@RequestBody ExclusionRequest request) {
		return calculations.runExclusion(request);
	}

	@PostMapping("/programmes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Run and store a programme report from participants' outcomes (situation at entry and "
			+ "follow-ups, activity hours), with pseudonymous references")
	StoredCalculation programme(@RequestBody ProgrammeRequest request) {
		return calculations.runProgramme(request);
	}

	/** A programme whose effect report the caller may see, with its latest stored report. */
	record ProgrammeSummary(long id, String name, long unitId, int places, @Nullable Long latestReportId) {
	}

	@GetMapping("/programmes")
	@Operation(summary = "The programmes whose effect report the caller may see (unit manager or analyst of the "
			+ "owning unit, admin)")
	List<ProgrammeSummary> programmes() {
		return programmeEffects.programmes().stream().map(p -> {
			List<EffectCalculations.Summary> latest = calculations.ofProgramme(p.id(), 1);
			return new ProgrammeSummary(p.id(), p.name(), p.unitId(), p.places(),
					latest.isEmpty() ? null : latest.getFirst().id());
		}).toList();
	}

	@PostMapping("/programmes/{programmeId}/reports")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Compute and store a programme's effect report from its participants' recorded outcomes "
			+ "(current and culled participations) with the current parameters; every field of the body is optional")
	StoredCalculation programmeReport(@PathVariable long programmeId,
			@RequestBody(required = false) @Nullable ProgrammeReportRequest request) {
		return programmeEffects.run(programmeId, request == null ? ProgrammeReportRequest.defaults() : request);
	}

	@GetMapping("/calculations")
	@Operation(summary = "The most recent stored calculations")
	List<EffectCalculations.Summary> recent() {
		return calculations.recent(100);
	}

	@GetMapping("/calculations/{id}")
	@Operation(summary = "A stored calculation as stored, with the parameter versions it used")
	StoredCalculation get(@PathVariable long id) {
		return calculations.get(id);
	}
}
