package se.kompetensnav.places.core;

/** One answer on the 1-7 scale to a question of a dimension, by a respondent of one side. */
public record Answer(String dimension, String question, Respondent side, int score) {

	public Answer {
		if (score < 1 || score > 7) {
			throw new IllegalArgumentException("score must be 1-7: " + score);
		}
	}
}
