package se.kompetensnav.places.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Turns answers and indicator values into {@link DimensionScore}s.
 * <p>
 * Survey: the mean of all answers to a dimension's questions. Indicators: each value is placed in the comparison
 * group as a percentile p (share of the group it beats, ties counting half, respecting whether higher is better)
 * and mapped to the survey scale as 1 + 6p; a dimension's indicator score is the weighted mean. Combined:
 * {@code surveyWeight × survey + indicatorWeight × indicator} (normalised over what exists).
 */
public final class Scoring {

	private Scoring() {
	}

	/** An indicator as a dimension uses it. */
	public record IndicatorInput(String key, double weight, double value, Collection<Double> group,
			boolean higherIsBetter) {
	}

	public static Map<String, DimensionScore> score(List<String> dimensions, Collection<Answer> answers,
			Map<String, List<IndicatorInput>> indicators, Map<String, Double> references, double surveyWeight,
			double indicatorWeight) {
		Map<String, DimensionScore> result = new LinkedHashMap<>();
		for (String d : dimensions) {
			List<Integer> all = new ArrayList<>();
			List<Integer> muni = new ArrayList<>();
			List<Integer> ind = new ArrayList<>();
			for (Answer a : answers) {
				if (a.dimension().equals(d)) {
					all.add(a.score());
					(a.side() == Respondent.MUNICIPALITY ? muni : ind).add(a.score());
				}
			}
			Double survey = mean(all);
			Double indicator = indicatorScore(indicators.getOrDefault(d, List.of()));
			double reference = references.getOrDefault(d, 5.0);
			double combined;
			if (survey != null && indicator != null) {
				combined = (surveyWeight * survey + indicatorWeight * indicator) / (surveyWeight + indicatorWeight);
			}
			else if (survey != null) {
				combined = survey;
			}
			else if (indicator != null) {
				combined = indicator;
			}
			else {
				combined = reference; // nothing known: neither a gap nor a strength
			}
			result.put(d, new DimensionScore(d, survey, mean(muni), mean(ind), all.size(), spread(all), indicator,
					combined, reference));
		}
		return result;
	}

	static @Nullable Double indicatorScore(List<IndicatorInput> inputs) {
		double sum = 0;
		double weights = 0;
		for (IndicatorInput in : inputs) {
			if (in.group().isEmpty() || in.weight() <= 0) {
				continue;
			}
			sum += in.weight() * (1 + 6 * percentile(in.value(), in.group(), in.higherIsBetter()));
			weights += in.weight();
		}
		return weights == 0 ? null : sum / weights;
	}

	/** The share of the group that {@code value} beats; ties count half. 0.5 for an empty group. */
	public static double percentile(double value, Collection<Double> group, boolean higherIsBetter) {
		if (group.isEmpty()) {
			return 0.5;
		}
		double beats = 0;
		for (double g : group) {
			if (g == value) {
				beats += 0.5;
			}
			else if (higherIsBetter ? value > g : value < g) {
				beats += 1;
			}
		}
		return beats / group.size();
	}

	static @Nullable Double mean(List<Integer> xs) {
		if (xs.isEmpty()) {
			return null;
		}
		double s = 0;
		for (int x : xs) {
			s += x;
		}
		return s / xs.size();
	}

	static double spread(List<Integer> xs) {
		if (xs.size() < 2) {
			return 0;
		}
		double m = mean(xs);
		double ss = 0;
		for (int x : xs) {
			ss += (x - m) * (x - m);
		}
		return Math.sqrt(ss / (xs.size() - 1));
	}
}
