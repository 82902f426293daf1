package se.kompetensnav.network;

import java.time.LocalDate;

/** A request from one actor to meet another. */
public record MeetingRequest(long id, long fromActorId, String fromActorName, long toActorId, String toActorName,
		String subject, String message, LocalDate proposedDate, MeetingStatus status) {
}
