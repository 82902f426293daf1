package se.kompetensnav.analysis;

/**
 * Supply against demand in the region, after disclosure control. Nothing here is a person-level row: every figure
 * is a count, and counts of people under the threshold (and those that would reveal them) are null.
 */
public interface RegionalAnalysis {

	/** The horizons in years: now, 1, 3 and 5. */
	java.util.List<Integer> HORIZONS = java.util.List.of(0, 1, 3, 5);

	/**
	 * The dashboard for an area and an occupation group.
	 *
	 * @param area the county code or a kommunkod in the county; blank means the county
	 * @param group an SSYK code prefix (blank: all occupations); rows are its sub-groups one level down
	 * @param horizon 0, 1, 3 or 5 years
	 */
	Dashboard dashboard(String area, String group, int horizon);

	/** The configured county's code (Norrbotten: 25). */
	String county();
}
