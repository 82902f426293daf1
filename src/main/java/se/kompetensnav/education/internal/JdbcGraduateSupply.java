package se.kompetensnav.education.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.education.GraduateSupply;

/**
 * Sums seats in the database per occupation, municipality, start date and course length (a few rows per course
 * start at most) and places each sum in the year its course ends; date arithmetic stays in Java because H2 and
 * PostgreSQL spell it differently.
 */
@Component
@Transactional(readOnly = true)
public class JdbcGraduateSupply implements GraduateSupply {

	private final JdbcClient jdbc;

	public JdbcGraduateSupply(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Key(String occupationId, String municipalityCode, int finishYear) {
	}

	@Override
	public List<Graduates> graduates(String areaPrefix, int fromYear) {
		Map<Key, Long> sums = new LinkedHashMap<>();
		jdbc.sql("""
				select o.occupation_id, c.municipality_code, s.start_date, c.weeks, sum(s.seats)
				from edu_course_start s
				join edu_course c on c.id = s.course_id
				join edu_course_occupation o on o.course_id = c.id
				where c.municipality_code like :area and s.start_date >= :from
				group by o.occupation_id, c.municipality_code, s.start_date, c.weeks""")
			.param("area", areaPrefix + "%").param("from", LocalDate.of(fromYear - 3, 1, 1))
			.query(rs -> {
				LocalDate end = rs.getObject(3, LocalDate.class).plusWeeks(rs.getInt(4));
				if (end.getYear() >= fromYear) {
					sums.merge(new Key(rs.getString(1), rs.getString(2), end.getYear()), rs.getLong(5), Long::sum);
				}
			});
		return sums.entrySet().stream()
			.map(e -> new Graduates(e.getKey().occupationId(), e.getKey().municipalityCode(),
					e.getKey().finishYear(), e.getValue()))
			.toList();
	}
}
