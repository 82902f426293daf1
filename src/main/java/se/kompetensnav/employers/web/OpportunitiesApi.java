package se.kompetensnav.employers.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.employers.Opportunity;
import se.kompetensnav.employers.OpportunityForm;
import se.kompetensnav.employers.OpportunityKind;

@RestController
@RequestMapping("/api/employers")
@Tag(name = "Opportunities", description = "Vacancies, internships, apprenticeships and summer jobs")
class OpportunitiesApi {

	private final Opportunities opportunities;

	OpportunitiesApi(Opportunities opportunities) {
		this.opportunities = opportunities;
	}

	@GetMapping("/opportunities")
	@Operation(summary = "Open opportunities (staff), by municipality (kommunkod) and kind")
	List<Opportunity> open(@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable OpportunityKind kind) {
		return opportunities.openFor(municipality, kind);
	}

	@GetMapping("/opportunities/{id}")
	Opportunity get(@PathVariable long id) {
		return opportunities.get(id);
	}

	@PostMapping("/opportunities/{id}/open")
	@Operation(summary = "Open or close an opportunity")
	Opportunity setOpen(@PathVariable long id, @RequestParam boolean open) {
		return opportunities.setOpen(id, open);
	}

	@GetMapping("/organisations/{id}/opportunities")
	List<Opportunity> of(@PathVariable long id) {
		return opportunities.of(id);
	}

	@PostMapping("/organisations/{id}/opportunities")
	@ResponseStatus(HttpStatus.CREATED)
	Opportunity create(@PathVariable long id, @RequestBody OpportunityForm form) {
		return opportunities.create(id, form);
	}
}
