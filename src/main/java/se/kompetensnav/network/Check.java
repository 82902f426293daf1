package se.kompetensnav.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

/** Collects the field errors of one piece of input; {@link #done()} throws them all at once. */
final class Check {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final List<FieldError> errors = new ArrayList<>();

	String text(String field, @Nullable String value, int max) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty() || v.length() > max) {
			errors.add(FieldError.of(field, "network.error.text", max));
		}
		return v;
	}

	String optionalText(String field, @Nullable String value, int max) {
		String v = value == null ? "" : value.strip();
		if (v.length() > max) {
			errors.add(FieldError.of(field, "network.error.text", max));
		}
		return v;
	}

	@Nullable String email(String field, @Nullable String value, boolean required) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty() && !required) {
			return null;
		}
		if (!EMAIL.matcher(v).matches() || v.length() > 200) {
			errors.add(FieldError.of(field, "network.error.email"));
		}
		return v;
	}

	@Nullable String url(String field, @Nullable String value) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty()) {
			return null;
		}
		if (!(v.startsWith("https://") || v.startsWith("http://")) || v.length() > 300 || v.contains(" ")) {
			errors.add(FieldError.of(field, "network.error.url"));
		}
		return v;
	}

	<E extends Enum<E>> @Nullable E choice(String field, @Nullable String value, Class<E> type) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException e) {
			errors.add(FieldError.of(field, "network.error.choice"));
			return null;
		}
	}

	@Nullable LocalDate date(String field, @Nullable String value) {
		try {
			return LocalDate.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException e) {
			errors.add(FieldError.of(field, "network.error.date"));
			return null;
		}
	}

	int integer(String field, @Nullable String value, int min, int max) {
		try {
			int v = Integer.parseInt(value == null ? "" : value.strip().replace(" ", ""));
			if (v >= min && v <= max) {
				return v;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		errors.add(FieldError.of(field, "network.error.range", min, max));
		return min;
	}

	void add(String field, String key, Object... args) {
		errors.add(FieldError.of(field, key, args));
	}

	boolean ok() {
		return errors.isEmpty();
	}

	void done() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}
}
