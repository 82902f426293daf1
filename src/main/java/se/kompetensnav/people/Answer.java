package se.kompetensnav.people;

import org.jspecify.annotations.Nullable;

/**
 * An answer to an optional, sensitive question (health, disability, foreign background, minority, homelessness).
 * {@code DECLINED} records that the question was asked and the participant chose not to answer; a null answer means
 * the question was never asked.
 */
public enum Answer {
	YES, NO, DECLINED;

	public static boolean isYes(@Nullable Answer a) {
		return a == YES;
	}
}
