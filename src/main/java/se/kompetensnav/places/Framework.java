package se.kompetensnav.places;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The assessment framework and the action library, as shipped in {@code places/framework.json} and
 * {@code places/actions.json} (or the files named by {@code kompetensnav.places.framework-dir}).
 */
public record Framework(String version, String source, double surveyWeight, double indicatorWeight,
		List<Dimension> dimensions, List<Indicator> indicators, List<Action> actions, String actionSource) {

	public record Text(String sv, String en) {

		public String in(Locale locale) {
			return "en".equals(locale.getLanguage()) ? en : sv;
		}
	}

	public record Question(String key, String sv, String en) {

		public String text(Locale locale) {
			return "en".equals(locale.getLanguage()) ? en : sv;
		}
	}

	public record IndicatorUse(String key, double weight) {
	}

	public record Dimension(String key, String sv, String en, double target, List<Question> questions,
			List<IndicatorUse> indicators) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) ? en : sv;
		}
	}

	public record Indicator(String key, String sv, String en, boolean higherIsBetter, String source,
			@Nullable String koladaKpi) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) ? en : sv;
		}
	}

	public record Action(String key, String sv, String en, Map<String, Double> dimensions, String actor, String cost,
			String time, int effect, Text evidence) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) ? en : sv;
		}
	}

	public Optional<Dimension> dimension(String key) {
		return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
	}

	public Optional<Indicator> indicator(String key) {
		return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
	}

	public Optional<Action> action(String key) {
		return actions.stream().filter(a -> a.key().equals(key)).findFirst();
	}

	public List<Question> questions() {
		return dimensions.stream().flatMap(d -> d.questions().stream()).toList();
	}

	public Optional<Dimension> dimensionOfQuestion(String questionKey) {
		return dimensions.stream().filter(d -> d.questions().stream().anyMatch(q -> q.key().equals(questionKey)))
			.findFirst();
	}
}
