package se.kompetensnav.people.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.people.esf.SampleService;

@RestController
@RequestMapping("/api/programmes/{id}/samples")
@Tag(name = "ESF+ samples", description = "Representative samples for the six-month indicators EECR05 and EECR06")
class SampleApiController {

	private final SampleService samples;

	SampleApiController(SampleService samples) {
		this.samples = samples;
	}

	@PostMapping
	@Operation(summary = "Draw and store a stratified sample (gender x age band at entry, proportional allocation) of "
			+ "the participants who left in {exitFrom..exitTo}; body {exitFrom, exitTo, size, seed?}; unit managers of "
			+ "the owning unit; 201, or 400 with errors[{field,...}]")
	ResponseEntity<SampleService.SampleReport> draw(@PathVariable long id,
			@RequestBody SampleService.SampleInput input) {
		SampleService.SampleReport r = samples.draw(id, input);
		return ResponseEntity.created(URI.create("/api/programmes/" + id + "/samples/" + r.id())).body(r);
	}

	@GetMapping
	@Operation(summary = "The programme's samples with their reports")
	List<SampleService.SampleReport> list(@PathVariable long id) {
		return samples.list(id);
	}

	@GetMapping("/{sampleId}")
	@Operation(summary = "A sample: strata, EECR05/EECR06 observed among members with a six-month follow-up and "
			+ "estimated for the population (each stratum weighted by population / responding)")
	SampleService.SampleReport get(@PathVariable long id, @PathVariable long sampleId) {
		return samples.report(id, sampleId);
	}

	@GetMapping("/{sampleId}/members")
	@Operation(summary = "The members by pseudonym, with the case id where the caller may see it (audited)")
	List<SampleService.Member> members(@PathVariable long id, @PathVariable long sampleId) {
		return samples.members(id, sampleId);
	}
}
