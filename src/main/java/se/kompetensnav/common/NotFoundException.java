package se.kompetensnav.common;

/**
 * The record does not exist, or the caller may not know that it exists (out of unit): both answer 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
