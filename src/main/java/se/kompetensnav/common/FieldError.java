package se.kompetensnav.common;

/**
 * One problem with one piece of input: the field (or column) it concerns, the line or row when the input is a file
 * (0 when not), and a message key with arguments so the error can be shown in the user's language.
 */
public record FieldError(String field, int line, String messageKey, Object... args) {

	public static FieldError of(String field, String messageKey, Object... args) {
		return new FieldError(field, 0, messageKey, args);
	}

	public static FieldError atLine(int line, String field, String messageKey, Object... args) {
		return new FieldError(field, line, messageKey, args);
	}
}
