package se.kompetensnav.places.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.kompetensnav.places.AssessmentReport;
import se.kompetensnav.places.Framework;
import se.kompetensnav.places.core.DimensionScore;
import se.kompetensnav.places.core.Recommendation;

/** Puts a recommendation's reasons into words, from the assessment's own figures. */
@Component
class Reasons {

	private final MessageSource messages;

	private final Framework framework;

	Reasons(MessageSource messages, Framework framework) {
		this.messages = messages;
		this.framework = framework;
	}

	List<String> explain(Recommendation r, AssessmentReport report, Locale locale) {
		List<String> sentences = new ArrayList<>();
		for (Recommendation.Contribution c : r.contributions()) {
			DimensionScore d = c.dimension();
			String label = framework.dimension(d.key()).map(x -> x.label(locale)).orElse(d.key());
			String key = report.referenceFromGroup() ? "places.reason.gapGroup" : "places.reason.gapTarget";
			StringBuilder s = new StringBuilder(messages.getMessage(key,
					new Object[] { label, num(d.combined(), locale), num(d.reference(), locale) }, locale));
			if (c.industryLower() && d.industry() != null && d.municipality() != null) {
				s.append("; ").append(messages.getMessage("places.reason.industryLower",
						new Object[] { num(d.industry(), locale), num(d.municipality(), locale) }, locale));
			}
			sentences.add(s.append('.').toString());
		}
		sentences.add(messages.getMessage("places.reason.feasibility",
				new Object[] { messages.getMessage("places.cost." + r.action().cost().name(), null, locale),
						messages.getMessage("places.time." + r.action().time().name(), null, locale),
						messages.getMessage("places.actor." + r.action().actor().name(), null, locale) },
				locale) + ".");
		return sentences;
	}

	static String num(double v, Locale locale) {
		return String.format(locale, "%.1f", v);
	}
}
