package se.kompetensnav.people.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.people.SupplyStatistics;

/**
 * {@link SupplyStatistics} as GROUP BY queries over the participant tables (nothing loaded row by row): the
 * definition the maintained summary ({@link SupplySummary}) must equal, its fallback for dates other than the
 * summary's day, and the "before" figure of the analysis bench. Not a bean; {@link SummarySupplyStatistics} is.
 */
public class GroupBySupplyStatistics implements SupplyStatistics {

	/** In the system on :day (applied by the end of the day, not left by it) and not culled. */
	static final String IN_SYSTEM = """
			p.culled_at is null and p.applied_at < :next and (p.exit_date is null or p.exit_date > :day)
			and coalesce(p.municipality_code, '') like :area""";

	private final JdbcClient jdbc;

	public GroupBySupplyStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<OccupationSupply> occupations(String areaPrefix, LocalDate date) {
		return jdbc.sql("""
				select o.concept_id, coalesce(p.municipality_code, '') as mun,
				       sum(case when o.kind = 'WANTED' then 1 else 0 end) as wanted,
				       sum(case when o.kind = 'EXPERIENCED' then 1 else 0 end) as experienced,
				       count(distinct p.id) as either_count
				from ppl_occupation o join ppl_participant p on p.id = o.participant_id
				where\s""" + IN_SYSTEM + """

				group by o.concept_id, coalesce(p.municipality_code, '')""")
			.param("next", Timestamp.valueOf(date.plusDays(1).atStartOfDay())).param("day", date)
			.param("area", areaPrefix + "%")
			.query((rs, n) -> new OccupationSupply(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}

	@Override
	public List<SkillSupply> skills(String areaPrefix, LocalDate date) {
		return jdbc.sql("""
				select s.concept_id, coalesce(p.municipality_code, '') as mun, count(*) as people
				from ppl_skill s join ppl_participant p on p.id = s.participant_id
				where\s""" + IN_SYSTEM + """

				group by s.concept_id, coalesce(p.municipality_code, '')""")
			.param("next", Timestamp.valueOf(date.plusDays(1).atStartOfDay())).param("day", date)
			.param("area", areaPrefix + "%")
			.query((rs, n) -> new SkillSupply(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	@Override
	public List<PeopleCount> people(String areaPrefix, List<LocalDate> dates) {
		List<PeopleCount> out = new ArrayList<>();
		for (LocalDate date : dates) {
			out.addAll(jdbc.sql("""
					select coalesce(p.municipality_code, '') as mun, count(*) as people
					from ppl_participant p
					where\s""" + IN_SYSTEM + """

					group by coalesce(p.municipality_code, '')""")
				.param("next", Timestamp.valueOf(date.plusDays(1).atStartOfDay())).param("day", date)
				.param("area", areaPrefix + "%")
				.query((rs, n) -> new PeopleCount(date, rs.getString(1), rs.getLong(2)))
				.list());
		}
		return out;
	}

	/** Nothing is maintained here. */
	@Override
	public void refresh() {
	}
}
