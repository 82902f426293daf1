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

	/**
	 * Adds a scenario derived again from the employer's needs as they are now recorded, to an establishment that was
	 * derived from that employer. Refused at {@code organisationId} when the establishment has no employer (or it is
	 * gone), or its counted needs are now all zero; at {@code startYear} for an impossible year (null: the year the
	 * latest scenario starts).
	 */
	Scenario addScenarioFromEmployer(long establishmentId, @org.jspecify.annotations.Nullable Integer startYear,
			boolean includeReplacement);
}
