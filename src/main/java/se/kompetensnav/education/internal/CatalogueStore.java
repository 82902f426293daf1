package se.kompetensnav.education.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseStart;
import se.kompetensnav.education.Provider;
import se.kompetensnav.education.ProviderType;
import se.kompetensnav.education.StepKind;
import se.kompetensnav.education.ValidationOffer;
import se.kompetensnav.education.ValidationStep;

/** Rows of the catalogue. Catalogues hold thousands of courses at most: reads load whole, filters run in memory. */
@Repository
class CatalogueStore {

	private final JdbcClient jdbc;

	CatalogueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- providers

	List<Provider> providers() {
		return jdbc.sql("""
				select p.id, p.unit_id, u.code, p.name, p.type, p.municipality_code, p.demo
				from edu_provider p join org_unit u on u.id = p.unit_id order by p.name""")
			.query(CatalogueStore::provider).list();
	}

	Optional<Provider> provider(long id) {
		return providers().stream().filter(p -> p.id() == id).findFirst();
	}

	Optional<Provider> providerOfUnit(long unitId) {
		return providers().stream().filter(p -> p.unitId() == unitId).findFirst();
	}

	long insertProvider(long unitId, String name, ProviderType type, @Nullable String municipality, boolean demo) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into edu_provider (unit_id, name, type, municipality_code, demo) values (?, ?, ?, ?, ?)")
			.params(unitId, name, type.name(), municipality, demo).update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	private static Provider provider(ResultSet rs, int n) throws SQLException {
		return new Provider(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				ProviderType.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7));
	}

	// ---- courses

	List<Course> courses() {
		return loadCourses(null);
	}

	Optional<Course> course(long id) {
		return loadCourses(id).stream().findFirst();
	}

	Optional<Long> courseIdByRef(long providerId, String ref) {
		return jdbc.sql("select id from edu_course where provider_id = ? and ref = ?").params(providerId, ref)
			.query(Long.class).optional();
	}

	long countCourses() {
		return jdbc.sql("select count(*) from edu_course").query(Long.class).single();
	}

	private List<Course> loadCourses(@Nullable Long only) {
		String where = only == null ? "" : " where c.id = " + only.longValue();
		String childWhere = only == null ? "" : " where course_id = " + only.longValue();
		Map<Long, List<String>> skills = multi("select course_id, skill_id from edu_course_skill" + childWhere
				+ " order by course_id, skill_id");
		Map<Long, List<String>> occupations = multi("select course_id, occupation_id from edu_course_occupation"
				+ childWhere + " order by course_id, occupation_id");
		Map<Long, List<CourseStart>> starts = new HashMap<>();
		jdbc.sql("select course_id, start_date, seats from edu_course_start" + childWhere
				+ " order by course_id, start_date").query(rs -> {
					starts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new CourseStart(rs.getDate(2).toLocalDate(), rs.getInt(3)));
				});
		return jdbc.sql("""
				select c.id, c.provider_id, p.name as provider_name, c.ref, c.title, c.description, c.sun_level,
				       c.sun_field, c.weeks, c.hours, c.pace, c.mode, c.municipality_code, c.cost, c.swedish_level,
				       c.prior_courses, c.language, c.short_course, c.demo
				from edu_course c join edu_provider p on p.id = c.provider_id""" + where + " order by c.title, c.id")
			.query((rs, n) -> {
				long id = rs.getLong("id");
				return new Course(id, rs.getLong("provider_id"), rs.getString("provider_name"), rs.getString("ref"),
						rs.getString("title"), nz(rs.getString("description")), skills.getOrDefault(id, List.of()),
						occupations.getOrDefault(id, List.of()), rs.getString("sun_level"), rs.getString("sun_field"),
						rs.getInt("weeks"), rs.getInt("hours"), rs.getInt("pace"),
						CourseMode.valueOf(rs.getString("mode")), rs.getString("municipality_code"),
						starts.getOrDefault(id, List.of()), rs.getBigDecimal("cost").stripTrailingZeros(),
						rs.getString("swedish_level"), rs.getString("prior_courses"), rs.getString("language"),
						rs.getBoolean("short_course"), rs.getBoolean("demo"));
			}).list();
	}

	long insertCourse(long providerId, CourseDraft d, boolean demo) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into edu_course (provider_id, ref, title, description, sun_level, sun_field, weeks, hours, pace,
				  mode, municipality_code, cost, swedish_level, prior_courses, language, short_course, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(providerId, d.ref(), d.title(), d.description(), d.sunLevel(), d.sunField(), d.weeks(),
					d.hours(), d.pace(), d.mode().name(), d.municipality(), d.cost(), d.swedishLevel(),
					d.priorCourses(), d.language(), d.shortCourse(), demo)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		writeCourseChildren(id, d);
		return id;
	}

	void updateCourse(long id, CourseDraft d) {
		jdbc.sql("""
				update edu_course set ref = ?, title = ?, description = ?, sun_level = ?, sun_field = ?, weeks = ?,
				  hours = ?, pace = ?, mode = ?, municipality_code = ?, cost = ?, swedish_level = ?,
				  prior_courses = ?, language = ?, short_course = ?, updated_at = current_timestamp
				where id = ?""")
			.params(d.ref(), d.title(), d.description(), d.sunLevel(), d.sunField(), d.weeks(), d.hours(), d.pace(),
					d.mode().name(), d.municipality(), d.cost(), d.swedishLevel(), d.priorCourses(), d.language(),
					d.shortCourse(), id)
			.update();
		for (String table : List.of("edu_course_skill", "edu_course_occupation", "edu_course_start")) {
			jdbc.sql("delete from " + table + " where course_id = ?").param(id).update();
		}
		writeCourseChildren(id, d);
	}

	void deleteCourse(long id) {
		for (String table : List.of("edu_course_skill", "edu_course_occupation", "edu_course_start")) {
			jdbc.sql("delete from " + table + " where course_id = ?").param(id).update();
		}
		jdbc.sql("delete from edu_course where id = ?").param(id).update();
	}

	private void writeCourseChildren(long id, CourseDraft d) {
		for (String skill : d.skills().stream().distinct().toList()) {
			jdbc.sql("insert into edu_course_skill (course_id, skill_id) values (?, ?)").params(id, skill).update();
		}
		for (String occ : d.occupations().stream().distinct().toList()) {
			jdbc.sql("insert into edu_course_occupation (course_id, occupation_id) values (?, ?)").params(id, occ)
				.update();
		}
		for (CourseStart s : d.starts()) {
			jdbc.sql("insert into edu_course_start (course_id, start_date, seats) values (?, ?, ?)")
				.params(id, Date.valueOf(s.date()), s.seats()).update();
		}
	}

	// ---- validation offers

	List<ValidationOffer> validations() {
		Map<Long, List<String>> skills = multi(
				"select validation_id, skill_id from edu_validation_skill order by validation_id, skill_id");
		Map<Long, List<ValidationStep>> steps = new HashMap<>();
		jdbc.sql("select validation_id, kind, days, description from edu_validation_step "
				+ "order by validation_id, position").query(rs -> {
					steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ValidationStep(
							StepKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4)));
				});
		return jdbc.sql("""
				select v.id, v.provider_id, p.name as provider_name, v.ref, v.title, v.profile, v.occupation_id,
				       v.document, v.municipality_code, v.mode, v.cost, v.demo
				from edu_validation v join edu_provider p on p.id = v.provider_id order by v.title, v.id""")
			.query((rs, n) -> {
				long id = rs.getLong("id");
				return new ValidationOffer(id, rs.getLong("provider_id"), rs.getString("provider_name"),
						rs.getString("ref"), rs.getString("title"), rs.getString("profile"),
						rs.getString("occupation_id"), skills.getOrDefault(id, List.of()),
						steps.getOrDefault(id, List.of()), rs.getString("document"), rs.getString("municipality_code"),
						CourseMode.valueOf(rs.getString("mode")), rs.getBigDecimal("cost").stripTrailingZeros(),
						rs.getBoolean("demo"));
			}).list();
	}

	Optional<Long> validationIdByRef(long providerId, String ref) {
		return jdbc.sql("select id from edu_validation where provider_id = ? and ref = ?").params(providerId, ref)
			.query(Long.class).optional();
	}

	long insertValidation(long providerId, ValidationDraft d, boolean demo) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into edu_validation (provider_id, ref, title, profile, occupation_id, document,
				  municipality_code, mode, cost, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(providerId, d.ref(), d.title(), d.profile(), d.occupation(), d.document(), d.municipality(),
					d.mode().name(), d.cost(), demo)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		writeValidationChildren(id, d);
		return id;
	}

	void updateValidation(long id, ValidationDraft d) {
		jdbc.sql("""
				update edu_validation set ref = ?, title = ?, profile = ?, occupation_id = ?, document = ?,
				  municipality_code = ?, mode = ?, cost = ?, updated_at = current_timestamp where id = ?""")
			.params(d.ref(), d.title(), d.profile(), d.occupation(), d.document(), d.municipality(), d.mode().name(),
					d.cost(), id)
			.update();
		jdbc.sql("delete from edu_validation_skill where validation_id = ?").param(id).update();
		jdbc.sql("delete from edu_validation_step where validation_id = ?").param(id).update();
		writeValidationChildren(id, d);
	}

	private void writeValidationChildren(long id, ValidationDraft d) {
		for (String skill : d.skills().stream().distinct().toList()) {
			jdbc.sql("insert into edu_validation_skill (validation_id, skill_id) values (?, ?)").params(id, skill)
				.update();
		}
		int position = 0;
		for (ValidationStep s : d.steps()) {
			jdbc.sql("insert into edu_validation_step (validation_id, position, kind, days, description) "
					+ "values (?, ?, ?, ?, ?)").params(id, position++, s.kind().name(), s.days(), s.description())
				.update();
		}
	}

	private Map<Long, List<String>> multi(String sql) {
		Map<Long, List<String>> result = new HashMap<>();
		jdbc.sql(sql).query(rs -> {
			result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		return result;
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	static BigDecimal money(BigDecimal b) {
		return b.stripTrailingZeros();
	}
}
