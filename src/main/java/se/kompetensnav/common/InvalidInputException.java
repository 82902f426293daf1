package se.kompetensnav.common;

import java.util.List;

/**
 * Input that breaks a rule. Thrown before anything is written (or inside the transaction, so that nothing is
 * written); the web layer turns it into messages at the fields (pages) or a 400 problem naming the fields (API).
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super(describe(errors));
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("an InvalidInputException needs at least one error");
		}
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(FieldError error) {
		this(List.of(error));
	}

	public List<FieldError> errors() {
		return errors;
	}

	private static String describe(List<FieldError> errors) {
		StringBuilder sb = new StringBuilder();
		for (FieldError e : errors) {
			if (!sb.isEmpty()) {
				sb.append("; ");
			}
			if (e.line() > 0) {
				sb.append("line ").append(e.line()).append(", ");
			}
			sb.append(e.field()).append(": ").append(e.messageKey());
		}
		return sb.toString();
	}
}
