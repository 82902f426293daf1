package se.kompetensnav.employers.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.kompetensnav.employers.DemandStatistics;
import se.kompetensnav.employers.RegionalDemand;

/**
 * {@link DemandStatistics} from the maintained summary ({@link DemandSummary}); before its first build, the GROUP BY
 * over functions and opportunities ({@link GroupByDemandStatistics}), which the summary equals.
 */
@Component
public class SummaryDemandStatistics implements DemandStatistics {

	private final JdbcClient jdbc;

	private final DemandSummary summary;

	private final GroupByDemandStatistics groupBy;

	public SummaryDemandStatistics(JdbcClient jdbc, DemandSummary summary) {
		this.jdbc = jdbc;
		this.summary = summary;
		this.groupBy = new GroupByDemandStatistics(jdbc);
	}

	@Override
	public List<OccupationDemand> occupations(String areaPrefix) {
		if (!summary.built()) {
			return groupBy.occupations(areaPrefix);
		}
		List<OccupationDemand> out = new ArrayList<>();
		jdbc.sql("""
				select occupation_id, municipality_code, functions, needs_now, needs_1y, needs_3y, needs_5y,
				       opportunities, open_positions
				from emp_demand_level
				where municipality_code like ? and (functions > 0 or opportunities > 0)""")
			.param(areaPrefix + "%")
			.query(rs -> {
				String occupation = rs.getString(1);
				String municipality = rs.getString(2);
				long open = rs.getLong(8) > 0 ? rs.getLong(9) : 0;
				if (rs.getLong(3) > 0) {
					for (int i = 0; i < RegionalDemand.HORIZONS.size(); i++) {
						out.add(new OccupationDemand(occupation, municipality, RegionalDemand.HORIZONS.get(i),
								rs.getLong(4 + i), i == 0 ? open : 0));
					}
				}
				else {
					out.add(new OccupationDemand(occupation, municipality, 0, 0, open));
				}
			});
		return out;
	}

	@Override
	public List<SkillDemand> skills(String areaPrefix) {
		if (!summary.built()) {
			return groupBy.skills(areaPrefix);
		}
		List<SkillDemand> out = new ArrayList<>();
		jdbc.sql("""
				select skill_id, municipality_code, needs_now, needs_1y, needs_3y, needs_5y
				from emp_skill_demand_level
				where municipality_code like ? and functions > 0""")
			.param(areaPrefix + "%")
			.query(rs -> {
				for (int i = 0; i < RegionalDemand.HORIZONS.size(); i++) {
					out.add(new SkillDemand(rs.getString(1), rs.getString(2), RegionalDemand.HORIZONS.get(i),
							rs.getLong(3 + i)));
				}
			});
		return out;
	}

	@Override
	public void refresh() {
		summary.rebuild();
	}
}
