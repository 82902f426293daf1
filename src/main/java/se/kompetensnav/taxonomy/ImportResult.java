package se.kompetensnav.taxonomy;

/**
 * The outcome of an import.
 *
 * @param skipped true when the files had the checksum of the current version, so nothing was written
 * @param version the version now current (the new one, or the unchanged current one when skipped)
 */
public record ImportResult(boolean skipped, TaxonomyVersion version) {
}
