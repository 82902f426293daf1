package se.kompetensnav.employers;

import java.util.List;

/**
 * Demand aggregated in the database, for regional analysis at scale: the SQL counterpart of
 * {@link RegionalDemand#rows()} that never loads functions or opportunities one by one. Read from a summary the
 * employers module maintains with every write (equal to a GROUP BY over functions and open opportunities). Not
 * personal data.
 */
public interface DemandStatistics {

	/**
	 * People needed in an occupation and municipality at a horizon.
	 *
	 * @param horizonYears 0 (now), 1, 3 or 5
	 * @param needs the critical functions' headcount at that horizon
	 * @param openPositions positions of open opportunities (counted at horizon 0 only)
	 */
	record OccupationDemand(String occupationId, String municipalityCode, int horizonYears, long needs,
			long openPositions) {

		public long total() {
			return needs + openPositions;
		}
	}

	/** People needed who must have a skill (critical functions' MUST skills), by municipality and horizon. */
	record SkillDemand(String skillId, String municipalityCode, int horizonYears, long people) {
	}

	/** Demand by occupation, municipality (starting with {@code areaPrefix}) and horizon (0, 1, 3, 5). */
	List<OccupationDemand> occupations(String areaPrefix);

	/** Demand for MUST skills by municipality (starting with {@code areaPrefix}) and horizon (0, 1, 3, 5). */
	List<SkillDemand> skills(String areaPrefix);

	/**
	 * Recomputes the maintained summary behind these figures from functions and opportunities, in one transaction.
	 * The figures do not change by it: every write through the employers module keeps the summary exact. For data
	 * loaded around the module (bulk loads, test fixtures written in SQL).
	 */
	void refresh();
}
