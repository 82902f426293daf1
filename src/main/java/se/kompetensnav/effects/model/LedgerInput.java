package se.kompetensnav.effects.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a participant's ledger needs from the case data: the situation at entry, the situation found at each
 * follow-up, and the programme activity hours. A thin adapter fills it from the participant records.
 *
 * @param ref a pseudonymous reference (never a name or personal identity number)
 * @param followUps in any order; each situation is taken to hold until the next follow-up
 */
public record LedgerInput(String ref, int age, LocalDate entryDate, Situation atEntry, List<FollowUp> followUps,
		Map<ActivityKind, Double> activityHours) {

	public LedgerInput {
		// Tolerate absent lists from JSON: no follow-ups yet, no hours recorded.
		followUps = followUps == null ? List.of()
				: followUps.stream().sorted(java.util.Comparator.comparing(FollowUp::date)).toList();
		activityHours = activityHours == null ? Map.of() : Map.copyOf(activityHours);
	}

	public record FollowUp(LocalDate date, Situation situation) {
	}
}
