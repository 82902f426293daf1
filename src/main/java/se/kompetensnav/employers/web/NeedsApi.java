package se.kompetensnav.employers.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.CriticalFunction;
import se.kompetensnav.employers.CriticalFunctionForm;
import se.kompetensnav.employers.FunctionTemplate;

@RestController
@RequestMapping("/api/employers")
@Tag(name = "Employers")
class NeedsApi {

	private final CompetenceNeeds needs;

	NeedsApi(CompetenceNeeds needs) {
		this.needs = needs;
	}

	@GetMapping("/function-templates")
	@Operation(summary = "The library of editable critical-function templates (green steel, metal, battery, hydrogen, "
			+ "data centres)")
	List<FunctionTemplate> templates() {
		return needs.templates();
	}

	@GetMapping("/function-templates/{key}/form")
	@Operation(summary = "A template as a form to edit and post back as a need")
	CriticalFunctionForm templateForm(@PathVariable String key) {
		return needs.fromTemplate(key);
	}

	@GetMapping("/organisations/{id}/needs")
	@Operation(summary = "Critical functions and competence needs of an organisation")
	List<CriticalFunction> list(@PathVariable long id) {
		return needs.of(id);
	}

	@PostMapping("/organisations/{id}/needs")
	@ResponseStatus(HttpStatus.CREATED)
	CriticalFunction create(@PathVariable long id, @RequestBody CriticalFunctionForm form) {
		return needs.create(id, form);
	}

	@GetMapping("/needs/{id}")
	CriticalFunction get(@PathVariable long id) {
		return needs.get(id);
	}

	@PutMapping("/needs/{id}")
	CriticalFunction update(@PathVariable long id, @RequestBody CriticalFunctionForm form) {
		return needs.update(id, form);
	}

	@DeleteMapping("/needs/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		needs.delete(id);
	}
}
