package se.kompetensnav.identity;

import java.util.List;

/**
 * Paths a module serves without login (open data, public forms). Declare a bean of this type; the security
 * configuration collects them all. Patterns are Spring path patterns, e.g. {@code /api/taxonomy/**}.
 */
public record PublicPaths(List<String> patterns) {

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}
}
