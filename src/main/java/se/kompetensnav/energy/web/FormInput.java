package se.kompetensnav.energy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

/** Typed values from a posted form; a value that is not a number is an error at its field. */
final class FormInput {

	private final Map<String, String> params;

	private final List<FieldError> errors = new ArrayList<>();

	FormInput(Map<String, String> params) {
		this.params = params;
	}

	String text(String field) {
		String v = params.get(field);
		return v == null ? "" : v.strip();
	}

	@Nullable String optionalText(String field) {
		String v = text(field);
		return v.isEmpty() ? null : v;
	}

	@Nullable Double number(String field) {
		String v = text(field).replace(',', '.').replace(" ", "");
		if (v.isEmpty()) {
			return null;
		}
		try {
			return Double.parseDouble(v);
		}
		catch (NumberFormatException e) {
			errors.add(FieldError.of(field, "validation.number"));
			return null;
		}
	}

	double required(String field) {
		Double v = number(field);
		if (v == null) {
			if (errors.stream().noneMatch(e -> e.field().equals(field))) {
				errors.add(FieldError.of(field, "validation.required"));
			}
			return Double.NaN;
		}
		return v;
	}

	@Nullable Integer integer(String field) {
		Double v = number(field);
		if (v != null && v != Math.rint(v)) {
			errors.add(FieldError.of(field, "validation.number"));
			return null;
		}
		return v == null ? null : (int) Math.round(v);
	}

	<E extends Enum<E>> @Nullable E choice(String field, Class<E> type) {
		try {
			return Enum.valueOf(type, text(field));
		}
		catch (IllegalArgumentException e) {
			errors.add(FieldError.of(field, "validation.required"));
			return null;
		}
	}

	/** Errors found elsewhere (an uploaded file), reported with the form's. */
	void addAll(List<FieldError> more) {
		errors.addAll(more);
	}

	void check() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}
}
