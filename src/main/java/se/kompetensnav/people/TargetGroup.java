package se.kompetensnav.people;

import java.util.Arrays;
import java.util.Optional;

/** The five target groups of Växtzon oändlig. */
public enum TargetGroup {
	/** Aged 16-20 who left or never started upper secondary school. */
	YOUTH_WITHOUT_UPPER_SECONDARY,
	/** Receiving income support (försörjningsstöd), aged 20-64. */
	INCOME_SUPPORT,
	LONG_TERM_UNEMPLOYED,
	LONG_TERM_SICK_LISTED,
	FOREIGN_BACKGROUND;

	public static Optional<TargetGroup> parse(String s) {
		return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(s.trim())).findFirst();
	}
}
