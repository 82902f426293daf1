package se.kompetensnav.network;

import java.time.LocalDateTime;

/** An actor's request ("we need") or offer ("we offer"). */
public record Post(long id, long actorId, String actorName, PostDirection direction, String title,
		String description, LocalDateTime createdAt, boolean demo) {
}
