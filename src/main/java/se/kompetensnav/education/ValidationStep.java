package se.kompetensnav.education;

/** One step of a validation offer and how many days it takes. */
public record ValidationStep(StepKind kind, int days, String description) {
}
