package se.kompetensnav.taxonomy;

import java.time.Instant;

/**
 * One import of the taxonomy files.
 *
 * @param source what was imported (the shipped files, or a directory)
 * @param checksum SHA-256 over every imported file, in a fixed order
 * @param concepts concepts in this version (deprecated ones not counted)
 * @param added concepts new in this version
 * @param changed concepts whose label, code, parent or definition changed
 * @param deprecated concepts no longer in the files, kept and marked deprecated
 */
public record TaxonomyVersion(long id, String source, String checksum, Instant importedAt, int concepts, int added,
		int changed, int deprecated) {
}
