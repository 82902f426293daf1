package se.kompetensnav.places.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Ranks actions by gap × expected effect × feasibility.
 * <p>
 * For each dimension the gap is {@code max(0, reference − combined)} on the 1-7 scale. When the industry rates a
 * dimension at least {@code disagreementThreshold} points lower than the municipality, its gap is weighted by
 * {@code 1 + industryWeight}: the industry's view of what stops people from coming counts for competence supply.
 * An action's priority is
 * <pre>
 *   Σ_d relevance(a, d) × weightedGap(d)  ×  effect(a) / 3  ×  cost factor(a) × time factor(a)
 * </pre>
 * Actions whose dimensions all stand at or above their reference are not recommended (the place already does well
 * there); they are returned apart with that reason. Ties break on the action key.
 */
public final class RecommendationEngine {

	/**
	 * @param disagreementThreshold scale points of difference between industry and municipality that count as disagreement
	 * @param industryWeight extra weight on a gap the industry sees as larger
	 */
	public record Settings(double disagreementThreshold, double industryWeight) {

		public static final Settings DEFAULT = new Settings(1.0, 0.25);
	}

	/** The ranking and the actions left out because every dimension they address is already strong. */
	public record Result(List<Recommendation> ranked, List<ActionDefinition> alreadyStrong) {
	}

	private final Settings settings;

	public RecommendationEngine(Settings settings) {
		this.settings = settings;
	}

	public Result rank(Map<String, DimensionScore> scores, List<ActionDefinition> actions) {
		List<Candidate> candidates = new ArrayList<>();
		List<ActionDefinition> strong = new ArrayList<>();
		for (ActionDefinition action : actions) {
			List<Recommendation.Contribution> parts = new ArrayList<>();
			double sum = 0;
			boolean anyKnown = false;
			for (Map.Entry<String, Double> e : action.dimensions().entrySet()) {
				DimensionScore d = scores.get(e.getKey());
				if (d == null) {
					continue;
				}
				anyKnown = true;
				double gap = d.gap();
				if (gap <= 0) {
					continue;
				}
				boolean industryLower = isIndustryLower(d);
				double weighted = gap * (industryLower ? 1 + settings.industryWeight() : 1);
				double part = e.getValue() * weighted;
				sum += part;
				parts.add(new Recommendation.Contribution(d, e.getValue(), gap, weighted, industryLower, part));
			}
			if (sum <= 0) {
				if (anyKnown) {
					strong.add(action);
				}
				continue;
			}
			double priority = sum * action.effect() / 3.0 * action.feasibility();
			double total = sum;
			List<Recommendation.Contribution> normalised = parts.stream()
				.map(c -> new Recommendation.Contribution(c.dimension(), c.relevance(), c.gap(), c.weightedGap(),
						c.industryLower(), c.share() / total))
				.sorted(Comparator.comparingDouble(Recommendation.Contribution::share).reversed()
					.thenComparing(c -> c.dimension().key()))
				.toList();
			candidates.add(new Candidate(action, priority, normalised));
		}
		candidates.sort(Comparator.comparingDouble(Candidate::priority).reversed()
			.thenComparing(c -> c.action().key()));
		List<Recommendation> ranked = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Candidate c = candidates.get(i);
			ranked.add(new Recommendation(i + 1, c.action(), c.priority(), c.parts()));
		}
		strong.sort(Comparator.comparing(ActionDefinition::key));
		return new Result(List.copyOf(ranked), List.copyOf(strong));
	}

	private boolean isIndustryLower(DimensionScore d) {
		@Nullable Double diff = d.disagreement();
		return diff != null && -diff >= settings.disagreementThreshold();
	}

	private record Candidate(ActionDefinition action, double priority, List<Recommendation.Contribution> parts) {
	}
}
