package se.kompetensnav.education.internal;

/** What an import changed. */
public record ImportResult(int created, int updated) {
}
