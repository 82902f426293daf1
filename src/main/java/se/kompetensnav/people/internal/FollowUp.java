package se.kompetensnav.people.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.FollowUpKind;
import se.kompetensnav.people.Improvement;

public record FollowUp(long id, long participantId, FollowUpKind kind, LocalDate dueOn, @Nullable LocalDate doneOn,
		@Nullable ExitSituation situation, @Nullable Improvement improvement, @Nullable String note) {

	public boolean done() {
		return doneOn != null;
	}
}
