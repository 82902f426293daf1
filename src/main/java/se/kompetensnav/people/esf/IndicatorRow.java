package se.kompetensnav.people.esf;

/** One indicator's count by gender. */
public record IndicatorRow(String code, int women, int men, int nonBinary, int total) {
}
