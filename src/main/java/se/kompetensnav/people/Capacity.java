package se.kompetensnav.people;

/**
 * A programme's places: enrolment takes a free place, and when every place is taken the applicant joins the
 * waiting list at its end. An exit frees a place, which goes to the first on the waiting list.
 */
public record Capacity(int places, int occupied) {

	public Capacity {
		if (places < 0 || occupied < 0) {
			throw new IllegalArgumentException("negative");
		}
	}

	public int free() {
		return Math.max(0, places - occupied);
	}

	public boolean hasFreePlace() {
		return occupied < places;
	}

	/** Where a new applicant goes. */
	public EnrolmentStatus placeFor() {
		return hasFreePlace() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
	}
}
