package se.kompetensnav.people;

/**
 * The scale for assessing a key competence, the same for the participant and the consultant so that the two can
 * be compared over time: 1 = not yet, 2 = with much support, 3 = with some support, 4 = independently,
 * 5 = independently and can guide others.
 */
public final class AssessmentScale {

	public static final int MIN = 1;

	public static final int MAX = 5;

	private AssessmentScale() {
	}

	public static boolean valid(int score) {
		return score >= MIN && score <= MAX;
	}
}
