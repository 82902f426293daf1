package se.kompetensnav.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

/**
 * Turns an {@link InvalidInputException} into messages by field, in the user's language, for a form to show at its
 * fields ({@code errors.get('title')}); the first error of a field wins. A line number, when there is one, leads
 * the message.
 */
@Component
public class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	public Map<String, String> byField(InvalidInputException e, Locale locale) {
		Map<String, String> result = new LinkedHashMap<>();
		for (FieldError err : e.errors()) {
			result.putIfAbsent(err.field(), text(err, locale));
		}
		return result;
	}

	public String text(FieldError err, Locale locale) {
		String text = messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale);
		if (err.line() > 0) {
			return messages.getMessage("error.at.line", new Object[] { err.line(), err.field() }, locale) + ": "
					+ text;
		}
		return text;
	}
}
