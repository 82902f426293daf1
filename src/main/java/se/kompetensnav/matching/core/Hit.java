package se.kompetensnav.matching.core;

import java.util.Comparator;

/** A ranked id with its score in units; the ranking is score descending, then id ascending. */
public record Hit(String id, int scoreUnits) {

	public static final Comparator<Hit> RANKING = Comparator.comparingInt((Hit h) -> -h.scoreUnits)
		.thenComparing(Hit::id);

	public double score() {
		return Match.toPoints(scoreUnits);
	}
}
