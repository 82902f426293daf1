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

	/**
	 * The direct jobs per year an employer's recorded critical functions imply (employers' {@code CompetenceNeeds});
	 * throws {@link se.kompetensnav.common.NotFoundException} when there is no such employer.
	 */
	EmployerRampUp rampUpFromEmployer(long organisationId, int startYear, boolean includeReplacement);

	/** Employers with at least one recorded critical function, by name, with their derived ramp-ups. */
	List<EmployerRampUp> employersWithNeeds(int startYear);

	/**
	 * Stores an establishment derived from an employer's needs, and its first scenario. Refused at the field
	 * ({@code organisationId}) when the employer is unknown or its counted needs are all zero.
	 */
	Establishment createFromEmployer(FromEmployerNeeds request);
}
