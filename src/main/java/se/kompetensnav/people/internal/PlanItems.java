package se.kompetensnav.people.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.people.ActivityType;
import se.kompetensnav.people.Assessor;
import se.kompetensnav.people.GoalStatus;
import se.kompetensnav.people.KeyCompetence;

/** The parts of a development plan. */
public final class PlanItems {

	private PlanItems() {
	}

	/** A goal or (with a parent) a sub-goal, tied to key competences and/or occupations (taxonomy ids). */
	public record Goal(long id, long participantId, @Nullable Long parentId, String title, @Nullable LocalDate startsOn,
			@Nullable LocalDate targetDate, GoalStatus status, List<KeyCompetence> keyCompetences,
			List<String> occupations) {
	}

	public record Activity(long id, long participantId, @Nullable Long goalId, ActivityType type, String title,
			LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable BigDecimal hours, @Nullable String place,
			@Nullable String outcome) {
	}

	public record Contact(long id, long participantId, LocalDate date, String channel, String summary,
			@Nullable String nextSteps, String author) {
	}

	/**
	 * One assessment of the eight key competences on the {@link se.kompetensnav.people.AssessmentScale}, with the
	 * DigComp / EntreComp / LifeComp descriptors that were scored (by taxonomy id, same scale; often none).
	 */
	public record Assessment(long id, long participantId, LocalDate assessedOn, Assessor assessor, String author,
			Map<KeyCompetence, Integer> scores, Map<String, Integer> descriptors) {
	}

	public record GoalInput(@Nullable Long parentId, @Nullable String title, @Nullable String startsOn,
			@Nullable String targetDate, @Nullable String status, @Nullable List<String> keyCompetences,
			@Nullable List<String> occupations) {
	}

	public record ActivityInput(@Nullable Long goalId, @Nullable String type, @Nullable String title,
			@Nullable String startsOn, @Nullable String endsOn, @Nullable String hours, @Nullable String place,
			@Nullable String outcome) {
	}

	public record ContactInput(@Nullable String date, @Nullable String channel, @Nullable String summary,
			@Nullable String nextSteps) {
	}

	/**
	 * Scores by key competence concept id ({@code kc-1}..{@code kc-8}) or enum name; optional descriptor scores by
	 * taxonomy id ({@code digcomp-2.1}, {@code entrecomp-3.2}, {@code lifecomp-p1}), a blank score = not assessed.
	 */
	public record AssessmentInput(@Nullable String assessedOn, @Nullable String assessor,
			@Nullable Map<String, String> scores, @Nullable Map<String, String> descriptors) {
	}
}
