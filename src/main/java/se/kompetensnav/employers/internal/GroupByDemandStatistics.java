package se.kompetensnav.employers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.employers.DemandStatistics;
import se.kompetensnav.employers.RegionalDemand;

/**
 * {@link DemandStatistics} as GROUP BY queries over functions and open opportunities: the definition the maintained
 * summary ({@link DemandSummary}) must equal, and the "before" figure of the analysis bench. Not a bean;
 * {@link SummaryDemandStatistics} is.
 */
public class GroupByDemandStatistics implements DemandStatistics {

	private static final String[] HEADCOUNT = { "headcount_now", "headcount_1y", "headcount_3y", "headcount_5y" };

	private final JdbcClient jdbc;

	public GroupByDemandStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Key(String occupationId, String municipalityCode, int horizon) {
	}

	@Override
	public List<OccupationDemand> occupations(String areaPrefix) {
		Map<Key, long[]> sums = new LinkedHashMap<>();
		jdbc.sql("""
				select f.occupation_id, o.municipality_code, sum(f.headcount_now), sum(f.headcount_1y),
				       sum(f.headcount_3y), sum(f.headcount_5y)
				from emp_critical_function f join emp_organisation o on o.id = f.organisation_id
				where o.municipality_code like :area
				group by f.occupation_id, o.municipality_code""")
			.param("area", areaPrefix + "%")
			.query(rs -> {
				for (int i = 0; i < HEADCOUNT.length; i++) {
					long[] s = sums.computeIfAbsent(new Key(rs.getString(1), rs.getString(2),
							RegionalDemand.HORIZONS.get(i)), k -> new long[2]);
					s[0] += rs.getLong(3 + i);
				}
			});
		jdbc.sql("""
				select occupation_id, municipality_code, sum(positions)
				from emp_opportunity
				where is_open and municipality_code like :area
				group by occupation_id, municipality_code""")
			.param("area", areaPrefix + "%")
			.query(rs -> {
				long[] s = sums.computeIfAbsent(new Key(rs.getString(1), rs.getString(2), 0), k -> new long[2]);
				s[1] += rs.getLong(3);
			});
		List<OccupationDemand> out = new ArrayList<>();
		sums.forEach((k, s) -> out.add(new OccupationDemand(k.occupationId(), k.municipalityCode(), k.horizon(), s[0],
				s[1])));
		return out;
	}

	@Override
	public List<SkillDemand> skills(String areaPrefix) {
		List<SkillDemand> out = new ArrayList<>();
		jdbc.sql("""
				select s.skill_id, o.municipality_code, sum(f.headcount_now), sum(f.headcount_1y),
				       sum(f.headcount_3y), sum(f.headcount_5y)
				from emp_function_skill s
				join emp_critical_function f on f.id = s.function_id
				join emp_organisation o on o.id = f.organisation_id
				where s.importance = 'MUST' and o.municipality_code like :area
				group by s.skill_id, o.municipality_code""")
			.param("area", areaPrefix + "%")
			.query(rs -> {
				for (int i = 0; i < HEADCOUNT.length; i++) {
					out.add(new SkillDemand(rs.getString(1), rs.getString(2), RegionalDemand.HORIZONS.get(i),
							rs.getLong(3 + i)));
				}
			});
		return out;
	}

	/** Nothing is maintained here. */
	@Override
	public void refresh() {
	}
}
