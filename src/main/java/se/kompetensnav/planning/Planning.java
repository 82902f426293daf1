package se.kompetensnav.planning;

import java.util.List;

/**
 * Establishments and their impact scenarios. Writes validate first and throw
 * {@link se.kompetensnav.common.InvalidInputException} naming the field; nothing is stored then.
 */
public interface Planning {

	/** Stores an establishment and its first scenario, computed with the library's current values. */
	Establishment create(NewEstablishment establishment);

	Scenario addScenario(long establishmentId, NewScenario scenario);

	List<Establishment> establishments();

	/** Throws {@link se.kompetensnav.common.NotFoundException} when there is none. */
	Establishment establishment(long id);

	Scenario scenario(long id);
}
