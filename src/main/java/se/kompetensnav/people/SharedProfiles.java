package se.kompetensnav.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Participants shared for matching. A consultant (or unit manager) shares a participant after recording the
 * participant's consent (date, by whom); withdrawing ends the sharing at once. Shared profiles are anonymised
 * ({@link SharedProfile}) and readable by every signed-in role; each profile read is audited with the purpose
 * "matching". Without a signed-in user nothing is returned. A change publishes {@link ParticipantShareChanged}.
 */
public interface SharedProfiles {

	/** Every participant currently shared, anonymised; each one returned is audited (SEARCH). */
	List<SharedProfile> all();

	/** One participant's anonymised profile when they are currently shared (audited READ); else empty. */
	Optional<SharedProfile> get(long participantId);

	/**
	 * The anonymised profiles of those among {@code participantIds} who are currently shared, by participant id; the
	 * others are absent. The same answer and the same audit (READ for each profile returned) as {@link #get(long)}
	 * for each id, read with a fixed number of queries per {@value #BATCH} ids instead of several per id.
	 */
	Map<Long, SharedProfile> get(Collection<Long> participantIds);

	/** How many ids {@link #get(Collection)} reads at once. */
	int BATCH = 500;

	/** The ids among {@code participantIds} that are currently shared. No personal data: not audited. */
	java.util.Set<Long> sharedAmong(Collection<Long> participantIds);

	/**
	 * The names of those participants the signed-in user works with as their case (consultant, unit manager): the
	 * others are left out. Each name returned is audited (READ).
	 */
	Map<Long, String> caseNames(Collection<Long> participantIds);
}
