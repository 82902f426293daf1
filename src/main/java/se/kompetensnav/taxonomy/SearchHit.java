package se.kompetensnav.taxonomy;

import org.jspecify.annotations.Nullable;

/** One search result, best first. */
public record SearchHit(String id, String type, String label, @Nullable String ssyk, float score) {
}
