package se.kompetensnav.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.analysis.core.Balance;

/**
 * Everything one dashboard shows, already protected: a null count is hidden by disclosure control.
 *
 * @param area the selected area (county code or kommunkod)
 * @param group the selected SSYK prefix ("" for all occupations)
 * @param horizon years ahead
 * @param year the calendar year the horizon points at
 * @param path the drill-down path: county, municipality, SSYK groups
 * @param municipalities the county's municipalities (the map and the area table), with the county's total
 * @param occupations the selected group's sub-groups in the selected area, with the group's total
 * @param shortages shortage occupations (SSYK-4) in the area, most severe first
 * @param surpluses surplus occupations (SSYK-4) in the area
 * @param skills MUST skills asked for in the area, most people needed first (top 25)
 * @param trend people in the system by year, and supply against demand by horizon
 * @param threshold the disclosure threshold in force
 */
public record Dashboard(String area, String areaName, String group, int horizon, int year, List<Crumb> path,
		List<AreaRow> municipalities, AreaRow countyTotal, List<OccupationRow> occupations, OccupationRow groupTotal,
		List<OccupationRow> shortages, List<OccupationRow> surpluses, List<SkillRow> skills, Trend trend,
		int threshold) {

	/** One step of the drill-down path. */
	public record Crumb(String area, String group, String label) {
	}

	/**
	 * An area's figures at the horizon.
	 *
	 * @param supply people in the system who want or have worked in an occupation, summed over occupations (a person
	 *     with two occupations counts in both); null when hidden
	 * @param graduates course seats leading to an occupation that end by the horizon's year
	 * @param demand people needed: employers' needs at the horizon plus open positions (now)
	 * @param balanceIndex (supply + graduates − demand) / (supply + graduates + demand); null when hidden or undefined
	 * @param establishmentJobs direct jobs of planned establishments in the horizon's year (not tied to an occupation)
	 * @param population inhabitants in the latest year of the shipped series
	 */
	public record AreaRow(String code, String name, @Nullable Long supply, long graduates, long demand,
			@Nullable Double balanceIndex, Balance.Kind balance, long establishmentJobs,
			@Nullable Integer population) {
	}

	/** An occupation group's figures in the area at the horizon (see {@link AreaRow} for the measures). */
	public record OccupationRow(String code, int level, String label, @Nullable Long supply, long graduates,
			long demand, @Nullable Double balanceIndex, Balance.Kind balance) {
	}

	/** A skill: people needed who must have it, and people in the system who hold it (null when hidden). */
	public record SkillRow(String skillId, String label, long demand, @Nullable Long supply) {
	}

	/**
	 * @param years the dates' years (31 December, the last one today)
	 * @param people people in the system in the area on each date (null when hidden)
	 * @param horizons 0, 1, 3, 5
	 * @param supplyByHorizon supply plus graduates by each horizon (null when supply is hidden)
	 * @param demandByHorizon demand at each horizon
	 */
	public record Trend(List<Integer> years, List<@Nullable Long> people, List<Integer> horizons,
			List<@Nullable Long> supplyByHorizon, List<Long> demandByHorizon) {
	}
}
