package se.kompetensnav.employers.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.employers.TaxonomyFiles;

/** What several employer pages share: the organisation page model, field errors, labels. */
@Component
class PageSupport {

	private final Organisations organisations;

	private final MessageSource messages;

	PageSupport(Organisations organisations, MessageSource messages) {
		this.organisations = organisations;
		this.messages = messages;
	}

	void organisationModel(Organisation org, Model model) {
		model.addAttribute("org", org);
		model.addAttribute("canEdit", organisations.canEdit(org));
		model.addAttribute("tax", new Labels());
	}

	/** Field name -> message key of its first error (the template resolves it). */
	static Map<String, FieldError> errorsByField(InvalidInputException e) {
		Map<String, FieldError> map = new LinkedHashMap<>();
		for (FieldError err : e.errors()) {
			map.putIfAbsent(err.field(), err);
		}
		return map;
	}

	/** Field name -> the text of its first error, in the user's language. */
	Map<String, String> texts(InvalidInputException e) {
		Map<String, String> map = new LinkedHashMap<>();
		for (FieldError err : e.errors()) {
			map.putIfAbsent(err.field(), text(err));
		}
		return map;
	}

	String text(FieldError err) {
		return messages.getMessage(err.messageKey(), err.args(), err.messageKey(), LocaleContextHolder.getLocale());
	}

	/** Label lookups for templates: {@code ${tax.label(id)}}, {@code ${tax.municipality(code)}}. */
	static final class Labels {

		public String label(String id) {
			return TaxonomyFiles.shared().label(id);
		}

		public String municipality(String code) {
			return TaxonomyFiles.shared().municipalityName(code);
		}
	}
}
