package se.kompetensnav.people.internal;

import org.jspecify.annotations.Nullable;

/** An exit: date, reason, situation on leaving. */
public record ExitInput(@Nullable String exitDate, @Nullable String reason, @Nullable String situation) {
}
