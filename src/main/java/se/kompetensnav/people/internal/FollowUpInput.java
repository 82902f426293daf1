package se.kompetensnav.people.internal;

import org.jspecify.annotations.Nullable;

/** A follow-up's result: when it was done, the situation then, and (six months) how the situation improved. */
public record FollowUpInput(@Nullable String doneOn, @Nullable String situation, @Nullable String improvement,
		@Nullable String note) {
}
