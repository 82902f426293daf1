package se.kompetensnav.people.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.kompetensnav.people.SupplyStatistics;

/**
 * {@link SupplyStatistics} from the maintained summary ({@link SupplySummary}): a few thousand cells instead of a
 * GROUP BY over every participant. Occupations and skills on the summary's day (today) come from the level
 * table, people on any date from the day deltas; other dates, and everything before the first build, fall back to
 * the GROUP BY over the participant tables ({@link GroupBySupplyStatistics}), which the summary equals.
 */
@Component
public class SummarySupplyStatistics implements SupplyStatistics {

	private final JdbcClient jdbc;

	private final SupplySummary summary;

	private final GroupBySupplyStatistics groupBy;

	public SummarySupplyStatistics(JdbcClient jdbc, SupplySummary summary) {
		this.jdbc = jdbc;
		this.summary = summary;
		this.groupBy = new GroupBySupplyStatistics(jdbc);
	}

	@Override
	public List<OccupationSupply> occupations(String areaPrefix, LocalDate date) {
		if (!summary.holds(date)) {
			return groupBy.occupations(areaPrefix, date);
		}
		return jdbc.sql("""
				select concept_id, municipality_code,
				       sum(case when kind = 'WANTED' then people else 0 end),
				       sum(case when kind = 'EXPERIENCED' then people else 0 end),
				       sum(case when kind = 'EITHER' then people else 0 end)
				from ppl_supply_level
				where kind in ('WANTED', 'EXPERIENCED', 'EITHER') and municipality_code like ?
				group by concept_id, municipality_code
				having sum(case when kind = 'EITHER' then people else 0 end) > 0""")
			.param(areaPrefix + "%")
			.query((rs, n) -> new OccupationSupply(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	@Override
	public List<SkillSupply> skills(String areaPrefix, LocalDate date) {
		if (!summary.holds(date)) {
			return groupBy.skills(areaPrefix, date);
		}
		return jdbc.sql("""
				select concept_id, municipality_code, people from ppl_supply_level
				where kind = 'SKILL' and municipality_code like ? and people > 0""")
			.param(areaPrefix + "%")
			.query((rs, n) -> new SkillSupply(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	@Override
	public List<PeopleCount> people(String areaPrefix, List<LocalDate> dates) {
		if (summary.asOf() == null) {
			return groupBy.people(areaPrefix, dates);
		}
		if (dates.isEmpty()) {
			return List.of();
		}
		// One pass over the day deltas for all dates: a running sum up to each date.
		StringBuilder sql = new StringBuilder("select municipality_code");
		List<Object> params = new ArrayList<>();
		for (LocalDate date : dates) {
			sql.append(", sum(case when on_day <= ? then delta else 0 end)");
			params.add(Date.valueOf(date));
		}
		sql.append(" from ppl_supply_day where municipality_code like ? group by municipality_code");
		params.add(areaPrefix + "%");
		List<PeopleCount> out = new ArrayList<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			for (int i = 0; i < dates.size(); i++) {
				long people = rs.getLong(2 + i);
				if (people > 0) {
					out.add(new PeopleCount(dates.get(i), rs.getString(1), people));
				}
			}
		});
		return out;
	}

	@Override
	public void refresh() {
		LocalDate asOf = summary.asOf();
		summary.rebuild(asOf == null ? LocalDate.now(summary.clock()) : asOf);
	}
}
