package se.kompetensnav.people;

/**
 * Published when a participant is shared for matching or the sharing is withdrawn (after the change is written, in
 * the same transaction).
 */
public record ParticipantShareChanged(long participantId, boolean shared) {
}
