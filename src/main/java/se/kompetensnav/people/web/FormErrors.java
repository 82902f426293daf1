package se.kompetensnav.people.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

/** The messages of an {@link InvalidInputException} by field, in the user's language, to show at the fields. */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
		Map<String, String> map = new LinkedHashMap<>();
		for (FieldError err : e.errors()) {
			String field = err.field().replaceAll("\\[.*$", "");
			String text = messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale);
			map.merge(field, text, (a, b) -> a + " " + b);
		}
		return map;
	}
}
