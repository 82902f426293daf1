package se.kompetensnav.education.internal;

/**
 * One row of an import: where it was (CSV: the row as a spreadsheet numbers it, the header being row 1; JSON: the
 * 1-based position in its array),
 * which provider it belongs to (the provider unit's code) and what it says.
 */
public record ImportRow<T>(int line, String provider, T draft) {
}
