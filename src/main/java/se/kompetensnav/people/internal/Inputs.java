package se.kompetensnav.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

/** Collects every problem with a form or a request, so that all of them are reported at once. */
final class Inputs {

	private final List<FieldError> errors = new ArrayList<>();

	private final int line;

	Inputs() {
		this(0);
	}

	Inputs(int line) {
		this.line = line;
	}

	static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	void error(String field, String key, Object... args) {
		errors.add(new FieldError(field, line, key, args));
	}

	boolean hasError(String field) {
		return errors.stream().anyMatch(e -> e.field().equals(field));
	}

	String required(String field, @Nullable String value, int maxLength) {
		if (blank(value)) {
			error(field, "people.error.required");
			return "";
		}
		String v = value.trim();
		if (v.length() > maxLength) {
			error(field, "people.error.tooLong", maxLength);
		}
		return v;
	}

	@Nullable
	String optional(String field, @Nullable String value, int maxLength) {
		if (blank(value)) {
			return null;
		}
		String v = value.trim();
		if (v.length() > maxLength) {
			error(field, "people.error.tooLong", maxLength);
		}
		return v;
	}

	@Nullable
	LocalDate date(String field, @Nullable String value, boolean required) {
		if (blank(value)) {
			if (required) {
				error(field, "people.error.required");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			error(field, "people.error.date");
			return null;
		}
	}

	@Nullable
	<E extends Enum<E>> E choice(String field, @Nullable String value, Class<E> type, boolean required) {
		if (blank(value)) {
			if (required) {
				error(field, "people.error.required");
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			error(field, "people.error.choice", value.trim());
			return null;
		}
	}

	@Nullable
	Integer integer(String field, @Nullable String value, int min, int max, boolean required) {
		if (blank(value)) {
			if (required) {
				error(field, "people.error.required");
			}
			return null;
		}
		try {
			int v = Integer.parseInt(value.trim());
			if (v < min || v > max) {
				error(field, "people.error.range", min, max);
				return null;
			}
			return v;
		}
		catch (NumberFormatException e) {
			error(field, "people.error.range", min, max);
			return null;
		}
	}

	List<FieldError> errors() {
		return errors;
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}
}
