package se.kompetensnav.employers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A critical function of an employer and its competence need: the occupation (JobTech occupation-name id), the
 * skills it requires, and the number of people needed now and at the 1, 3 and 5-year horizons (each the number of
 * people needed at that time, not a running total).
 */
public record CriticalFunction(long id, long organisationId, String title, String occupationId, NeedReason reason,
		int headcountNow, int headcount1y, int headcount3y, int headcount5y, @Nullable String templateKey,
		List<SkillRequirement> skills, boolean demo) {

	public CriticalFunction {
		skills = List.copyOf(skills);
	}

	/** The headcount at a horizon in years (0, 1, 3 or 5). */
	public int headcountAt(int years) {
		return switch (years) {
			case 0 -> headcountNow;
			case 1 -> headcount1y;
			case 3 -> headcount3y;
			case 5 -> headcount5y;
			default -> throw new IllegalArgumentException("horizon must be 0, 1, 3 or 5 years: " + years);
		};
	}
}
