package se.kompetensnav.people;

import java.util.List;

/**
 * Programmes for aggregated reporting (the socio-economic effect report), not for case work: no participant is
 * named. A unit manager or analyst sees the programmes owned by their unit or a unit below it, an admin every
 * programme; everyone else none. A programme out of scope is not found, and the attempt is audited as DENIED.
 */
public interface Programmes {

	/** The programmes whose aggregated figures the signed-in user may see, by name. */
	List<Programme> forAggregates();

	/** One such programme; throws {@link se.kompetensnav.common.NotFoundException} when absent or out of scope. */
	Programme forAggregates(long programmeId);
}
