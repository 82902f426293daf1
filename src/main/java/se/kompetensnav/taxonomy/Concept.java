package se.kompetensnav.taxonomy;

import org.jspecify.annotations.Nullable;

/**
 * A taxonomy concept.
 *
 * @param id the JobTech concept id (e.g. {@code y4NQ_tnB_eVd}); for concepts that JobTech does not have (key
 *     competences, ESCO groups) a stable id of our own with a prefix ({@code kc-1}, {@code isco-7212})
 * @param code the classification code where there is one: SSYK, SUN, SNI, kommunkod, län code
 * @param ssyk4 for an occupation name, its SSYK-4 code; for an SSYK group, its own code
 */
public record Concept(String id, ConceptType type, String label, @Nullable String code, @Nullable String ssyk4,
		boolean deprecated) {
}
