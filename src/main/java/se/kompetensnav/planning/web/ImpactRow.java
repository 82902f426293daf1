package se.kompetensnav.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.kompetensnav.planning.Band;
import se.kompetensnav.planning.YearImpact;

/** One year of a scenario as the pages and exports show it: central values with the low and high band beside. */
record ImpactRow(int year, YearImpact low, YearImpact central, YearImpact high) {

	static List<ImpactRow> of(Map<Band, List<YearImpact>> results) {
		List<ImpactRow> rows = new ArrayList<>();
		List<YearImpact> c = results.get(Band.CENTRAL);
		for (int i = 0; i < c.size(); i++) {
			rows.add(new ImpactRow(c.get(i).year(), results.get(Band.LOW).get(i), c.get(i),
					results.get(Band.HIGH).get(i)));
		}
		return rows;
	}

	static long r(double v) {
		return Math.round(v);
	}

	public long centralGroups() {
		return groups(central);
	}

	/** Whole preschool groups: a started group is a group. */
	static long groups(YearImpact y) {
		return (long) Math.ceil(y.preschoolGroups() - 1e-9);
	}
}
