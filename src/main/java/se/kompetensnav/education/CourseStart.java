package se.kompetensnav.education;

import java.time.LocalDate;

/** A start date of a course and the seats offered from it. */
public record CourseStart(LocalDate date, int seats) {
}
