package se.kompetensnav.parameters.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.parameters.ParameterValue;
import se.kompetensnav.parameters.Parameters;

@RestController
@RequestMapping("/api/parameters")
@Tag(name = "Parameters", description = "Dated, sourced, versioned values the models use")
class ParametersApi {

	private final Parameters parameters;

	ParametersApi(Parameters parameters) {
		this.parameters = parameters;
	}

	@GetMapping
	@Operation(summary = "Current value of every key and year whose key starts with the prefix")
	List<ParameterValue> current(@RequestParam(defaultValue = "") String prefix) {
		return parameters.current(prefix);
	}

	@GetMapping("/{key}/{year}")
	@Operation(summary = "The value in force for a year (the greatest year not after it)")
	ParameterValue get(@PathVariable String key, @PathVariable int year) {
		return parameters.get(key, year);
	}

	@GetMapping("/{key}/{year}/history")
	@Operation(summary = "Every version of one key and year, newest first")
	List<ParameterValue> history(@PathVariable String key, @PathVariable int year) {
		return parameters.history(key, year);
	}

	/** A new value; the source is required, the note optional. */
	record Change(@Nullable BigDecimal value, @Nullable String source, @Nullable String note) {
	}

	@PutMapping("/{key}/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Set a new version (admins); earlier versions are kept")
	ParameterValue change(@PathVariable String key, @PathVariable int year, @RequestBody Change change) {
		if (change.value() == null) {
			throw new InvalidInputException(FieldError.of("value", "validation.required"));
		}
		return parameters.change(key, year, change.value(), change.source() == null ? "" : change.source(),
				change.note());
	}
}
