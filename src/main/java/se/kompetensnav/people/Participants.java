package se.kompetensnav.people;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Read access to participants for other modules, with the access rules of case work applied: a consultant reaches
 * the participants assigned to them, a unit manager every participant of their unit (and the units below it);
 * everyone else gets {@link se.kompetensnav.common.NotFoundException} and the attempt is audited as DENIED. Every
 * read is audited.
 */
public interface Participants {

	/** One participant's profile; throws NotFoundException when it does not exist or is out of scope. */
	ParticipantProfile profile(long participantId);

	/** The profiles the signed-in user may see (a consultant's caseload, a manager's unit). */
	List<ParticipantProfile> visibleProfiles();

	/**
	 * The ids among {@code participantIds} whose case the signed-in user works with (their consultant, or a manager
	 * of the owning unit): what other modules ask before they show a person's id or let the user record something
	 * about the person. Returns ids only, so it is not audited; culled participants are nobody's case.
	 */
	Set<Long> casesAmong(Collection<Long> participantIds);

	/** Situations at entry, exit and follow-ups; throws NotFoundException when out of scope. */
	ParticipantSituations situations(long participantId);

	/**
	 * Pseudonymised statistical records of current and culled participations, for every signed-in role that works
	 * with statistics (analyst, unit manager, consultant, admin). No personal data: not audited per person.
	 *
	 * @param programmeId one programme, or null for all
	 */
	List<StatisticalRecord> statisticalRecords(@Nullable Long programmeId);
}
