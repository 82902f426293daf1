package se.kompetensnav.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.kompetensnav.places.core.ActionDefinition;
import se.kompetensnav.places.core.ActionDefinition.Actor;
import se.kompetensnav.places.core.ActionDefinition.Cost;
import se.kompetensnav.places.core.ActionDefinition.Time;
import se.kompetensnav.places.core.Answer;
import se.kompetensnav.places.core.ComparisonGroup;
import se.kompetensnav.places.core.DimensionScore;
import se.kompetensnav.places.core.Recommendation;
import se.kompetensnav.places.core.RecommendationEngine;
import se.kompetensnav.places.core.Respondent;
import se.kompetensnav.places.core.Scoring;

class RecommendationEngineTests {

	private final RecommendationEngine engine = new RecommendationEngine(RecommendationEngine.Settings.DEFAULT);

	/**
	 * Housing: municipality answers 4 and 4, industry 2 and 2 → survey 3.0, municipality 4.0, industry 2.0 (the
	 * industry rates it 2 points lower). Reference 5.0 → gap 2.0, weighted 2.5.
	 * Schools: everyone answers 6 → 6.0 against 5.0: strong, no gap.
	 * Transport: 4 and 4 → gap 1.0, no disagreement.
	 */
	private Map<String, DimensionScore> handBuiltScores() {
		List<Answer> answers = new ArrayList<>();
		answers.add(new Answer("housing", "housing.available", Respondent.MUNICIPALITY, 4));
		answers.add(new Answer("housing", "housing.cost", Respondent.MUNICIPALITY, 4));
		answers.add(new Answer("housing", "housing.available", Respondent.INDUSTRY, 2));
		answers.add(new Answer("housing", "housing.cost", Respondent.INDUSTRY, 2));
		answers.add(new Answer("schools", "schools.quality", Respondent.MUNICIPALITY, 6));
		answers.add(new Answer("schools", "schools.quality", Respondent.INDUSTRY, 6));
		answers.add(new Answer("transport", "transport.commute", Respondent.MUNICIPALITY, 4));
		answers.add(new Answer("transport", "transport.commute", Respondent.INDUSTRY, 4));
		return Scoring.score(List.of("housing", "schools", "transport"), answers, Map.of(),
				Map.of("housing", 5.0, "schools", 5.0, "transport", 5.0), 0.7, 0.3);
	}

	@Test
	void scoresDimensionsFromAnswers() {
		Map<String, DimensionScore> s = handBuiltScores();
		assertThat(s.get("housing").survey()).isEqualTo(3.0);
		assertThat(s.get("housing").municipality()).isEqualTo(4.0);
		assertThat(s.get("housing").industry()).isEqualTo(2.0);
		assertThat(s.get("housing").disagreement()).isEqualTo(-2.0);
		assertThat(s.get("housing").spread()).isCloseTo(Math.sqrt(4.0 / 3), within(1e-9));
		assertThat(s.get("housing").gap()).isEqualTo(2.0);
		assertThat(s.get("schools").strong()).isTrue();
	}

	@Test
	void ranksByGapTimesEffectTimesFeasibility() {
		var housing = new ActionDefinition("build", Map.of("housing", 1.0), Actor.MUNICIPALITY, Cost.HIGH, Time.LONG, 3);
		var temporary = new ActionDefinition("temporary", Map.of("housing", 1.0), Actor.TOGETHER, Cost.MEDIUM, Time.SHORT, 2);
		var bus = new ActionDefinition("bus", Map.of("transport", 1.0), Actor.TOGETHER, Cost.LOW, Time.SHORT, 2);
		var result = engine.rank(handBuiltScores(), List.of(housing, temporary, bus));
		// build: 2.5 × 3/3 × 0.5 × 0.6 = 0.75; temporary: 2.5 × 2/3 × 0.75 × 1.0 = 1.25; bus: 1.0 × 2/3 × 1 × 1 = 0.667
		assertThat(result.ranked()).extracting(r -> r.action().key()).containsExactly("temporary", "build", "bus");
		assertThat(result.ranked().get(0).priority()).isCloseTo(1.25, within(1e-9));
		assertThat(result.ranked().get(1).priority()).isCloseTo(0.75, within(1e-9));
		assertThat(result.ranked().get(2).priority()).isCloseTo(2.0 / 3, within(1e-9));
		Recommendation.Contribution why = result.ranked().get(0).contributions().get(0);
		assertThat(why.dimension().key()).isEqualTo("housing");
		assertThat(why.industryLower()).isTrue();
		assertThat(why.share()).isEqualTo(1.0);
	}

	@Test
	void doesNotRecommendWhatThePlaceAlreadyDoesWell() {
		var preschool = new ActionDefinition("preschool", Map.of("schools", 1.0), Actor.MUNICIPALITY, Cost.LOW, Time.SHORT, 3);
		var mixed = new ActionDefinition("mixed", Map.of("schools", 1.0, "transport", 0.5), Actor.TOGETHER, Cost.LOW, Time.SHORT, 1);
		var result = engine.rank(handBuiltScores(), List.of(preschool, mixed));
		assertThat(result.ranked()).extracting(r -> r.action().key()).containsExactly("mixed");
		assertThat(result.alreadyStrong()).extracting(ActionDefinition::key).containsExactly("preschool");
		// Only transport explains the mixed action; the strong schools dimension adds nothing.
		assertThat(result.ranked().get(0).contributions()).extracting(c -> c.dimension().key())
			.containsExactly("transport");
	}

	@Test
	void tiesBreakOnTheKey() {
		var a = new ActionDefinition("b-action", Map.of("transport", 1.0), Actor.TOGETHER, Cost.LOW, Time.SHORT, 2);
		var b = new ActionDefinition("a-action", Map.of("transport", 1.0), Actor.TOGETHER, Cost.LOW, Time.SHORT, 2);
		assertThat(engine.rank(handBuiltScores(), List.of(a, b)).ranked()).extracting(r -> r.action().key())
			.containsExactly("a-action", "b-action");
	}

	@Test
	void indicatorsAreScoredAgainstTheComparisonGroup() {
		// Population trend −4 % against a group of −6, −2, 0, +3: beats one of four → p = 0.25 → 1 + 6 × 0.25 = 2.5.
		assertThat(Scoring.percentile(-4, List.of(-6.0, -2.0, 0.0, 3.0), true)).isEqualTo(0.25);
		var in = new Scoring.IndicatorInput("population.trend10", 1.0, -4, List.of(-6.0, -2.0, 0.0, 3.0), true);
		Map<String, DimensionScore> s = Scoring.score(List.of("work"),
				List.of(new Answer("work", "work.jobs", Respondent.INDUSTRY, 4)), Map.of("work", List.of(in)),
				Map.of("work", 5.0), 0.7, 0.3);
		assertThat(s.get("work").indicator()).isEqualTo(2.5);
		assertThat(s.get("work").combined()).isCloseTo(0.7 * 4 + 0.3 * 2.5, within(1e-9));
		// Lower is better: the same value now beats three of four.
		assertThat(Scoring.percentile(-4, List.of(-6.0, -2.0, 0.0, 3.0), false)).isEqualTo(0.75);
	}

	@Test
	void comparisonGroupByPopulationTakesTheNearestOnALogScale() {
		var target = new ComparisonGroup.Place("2582", "25", 28_000, 4_000);
		List<ComparisonGroup.Place> all = List.of(target, new ComparisonGroup.Place("2580", "25", 78_000, 2_100),
				new ComparisonGroup.Place("2581", "25", 42_000, 3_100),
				new ComparisonGroup.Place("2081", "20", 52_000, 600),
				new ComparisonGroup.Place("0180", "01", 980_000, 190),
				new ComparisonGroup.Place("2523", "25", 17_500, 16_000));
		assertThat(ComparisonGroup.of(target, all, ComparisonGroup.Basis.POPULATION, 2, Set.of()))
			.containsExactly("2581", "2523");
		assertThat(ComparisonGroup.of(target, all, ComparisonGroup.Basis.COUNTY, 10, Set.of()))
			.containsExactly("2523", "2580", "2581");
		assertThat(ComparisonGroup.of(target, all, ComparisonGroup.Basis.CHOSEN, 10, Set.of("2081", "2582")))
			.containsExactly("2081");
	}
}
