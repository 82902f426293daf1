package se.kompetensnav.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Aggregated counts of the people in the system for regional supply analysis. Every figure is a count read from a
 * summary the people module maintains in the database with every write (equal to a GROUP BY over the participants,
 * which answers for dates the summary does not hold); no person-level row, name, pseudonym or id ever leaves
 * through this interface, so it is not audited. Small counts are returned as they are: the caller (analysis) applies disclosure control before
 * anything is shown.
 * <p>
 * "In the system on a date": applied on or before the date, not left before or on it, and not culled.
 */
public interface SupplyStatistics {

	/**
	 * People by occupation and municipality.
	 *
	 * @param occupationId the JobTech concept id as recorded (occupation name or SSYK-4 group)
	 * @param municipalityCode kommunkod, or an empty string when it is not recorded
	 * @param wanted people who want the occupation
	 * @param experienced people who have worked in it
	 * @param either people who want or have worked in it (each counted once)
	 */
	record OccupationSupply(String occupationId, String municipalityCode, long wanted, long experienced,
			long either) {
	}

	/** People who hold a skill, by municipality. */
	record SkillSupply(String skillId, String municipalityCode, long people) {
	}

	/** People in the system by municipality on a date. */
	record PeopleCount(LocalDate date, String municipalityCode, long people) {
	}

	/** Occupations of the people in the system on {@code date}, in municipalities starting with {@code areaPrefix}. */
	List<OccupationSupply> occupations(String areaPrefix, LocalDate date);

	/** Skills of the people in the system on {@code date}, in municipalities starting with {@code areaPrefix}. */
	List<SkillSupply> skills(String areaPrefix, LocalDate date);

	/** People in the system on each of {@code dates}, by municipality (a trend). */
	List<PeopleCount> people(String areaPrefix, List<LocalDate> dates);

	/**
	 * Recomputes the maintained summary behind these figures from the participant tables, in one transaction. The
	 * figures do not change by it: every write through the people module keeps the summary exact. For data loaded
	 * around the module (bulk loads, test fixtures written in SQL).
	 */
	void refresh();
}
