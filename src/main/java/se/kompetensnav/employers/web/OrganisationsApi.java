package se.kompetensnav.employers.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.OrganisationForm;
import se.kompetensnav.employers.Organisations;

@RestController
@RequestMapping("/api/employers/organisations")
@Tag(name = "Employers", description = "Employer organisations, critical functions and competence needs")
class OrganisationsApi {

	private final Organisations organisations;

	OrganisationsApi(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "Organisations the caller may see (employer contacts: their own only)")
	List<Organisation> list() {
		return organisations.visible();
	}

	@GetMapping("/{id}")
	Organisation get(@PathVariable long id) {
		return organisations.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an organisation (admins); unitCode ties it to an existing EMPLOYER unit")
	Organisation create(@RequestBody OrganisationForm form, @RequestParam(required = false) @Nullable String unitCode) {
		return organisations.create(form, unitCode);
	}

	@PutMapping("/{id}")
	Organisation update(@PathVariable long id, @RequestBody OrganisationForm form) {
		return organisations.update(id, form);
	}
}
