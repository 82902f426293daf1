package se.kompetensnav.identity.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

/**
 * Puts the messages of an {@link InvalidInputException} into the model as {@code errors}: field name to text in the
 * user's language, for the templates to show at the fields ({@code is-invalid}, {@code invalid-feedback}).
 */
@Component
class IdentityFormErrors {

	// The identity module cannot use the shell's se.kompetensnav.web.FormErrors: web depends on identity.

	static final String ATTRIBUTE = "errors";

	private final MessageSource messages;

	IdentityFormErrors(MessageSource messages) {
		this.messages = messages;
	}

	void add(Model model, InvalidInputException e) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError err : e.errors()) {
			String text = messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale);
			byField.merge(err.field(), text, (a, b) -> a + "; " + b);
		}
		model.addAttribute(ATTRIBUTE, byField);
	}

	static void none(Model model) {
		if (!model.containsAttribute(ATTRIBUTE)) {
			model.addAttribute(ATTRIBUTE, Map.of());
		}
	}
}
