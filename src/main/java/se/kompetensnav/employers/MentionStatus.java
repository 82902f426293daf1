package se.kompetensnav.employers;

/** How a text states a skill. */
public enum MentionStatus {
	/** Asked for ("krav", "du har", "vi söker"). */
	REQUIRED,
	/** A merit ("meriterande", "är ett plus", "gärna"). */
	OPTIONAL,
	/** Explicitly not required ("inget krav på körkort"). */
	NEGATED;

	/** The importance a stored requirement gets, or null when the mention is negated. */
	public @org.jspecify.annotations.Nullable Importance importance() {
		return switch (this) {
			case REQUIRED -> Importance.MUST;
			case OPTIONAL -> Importance.NICE;
			case NEGATED -> null;
		};
	}
}
