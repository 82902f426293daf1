package se.kompetensnav.network;

import java.time.LocalDateTime;

/** An event that users register for; {@code registered} counts the registrations. */
public record NetworkEvent(long id, long organiserId, String organiserName, String title, String description,
		LocalDateTime startsAt, String place, int seats, int registered, boolean demo) {

	public int seatsLeft() {
		return Math.max(0, seats - registered);
	}
}
