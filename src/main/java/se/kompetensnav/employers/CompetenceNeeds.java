package se.kompetensnav.employers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.employers.internal.DemandSummary;
import se.kompetensnav.employers.internal.DemandSummary.Subject;
import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.taxonomy.ConceptType;

/**
 * Critical functions and their competence needs. Scoped like {@link Organisations}: employer contacts see and change
 * only their own organisation's functions. {@link #all()} is unscoped, for aggregate use by other modules.
 */
@Service
public class CompetenceNeeds {

	private static final String COLUMNS = "id, organisation_id, title, occupation_id, reason, headcount_now, "
			+ "headcount_1y, headcount_3y, headcount_5y, template_key, demo";

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final EmployerScope scope;

	/** Every write to a function goes through it, in the caller's transaction. */
	private final DemandSummary summary;

	CompetenceNeeds(JdbcClient jdbc, Organisations organisations, EmployerScope scope, DemandSummary summary) {
		this.jdbc = jdbc;
		this.summary = summary;
		this.organisations = organisations;
		this.scope = scope;
	}

	/** The library of editable templates. */
	public List<FunctionTemplate> templates() {
		return FunctionTemplates.all();
	}

	/** A new function's form, filled from a template. */
	public CriticalFunctionForm fromTemplate(String key) {
		return FunctionTemplates.byKey(key).orElseThrow(() -> new NotFoundException("function template", key))
			.toForm();
	}

	/** The functions of an organisation the user may see. */
	public List<CriticalFunction> of(long organisationId) {
		organisations.get(organisationId);
		return withSkills(jdbc.sql("select " + COLUMNS + " from emp_critical_function where organisation_id = ? "
				+ "order by title, id").param(organisationId).query(CompetenceNeeds::map).list());
	}

	public CriticalFunction get(long id) {
		CriticalFunction f = find(id).orElseThrow(() -> new NotFoundException("critical function", id));
		Organisation org = organisations.find(f.organisationId()).orElseThrow();
		scope.requireRead(org, "critical function", id);
		return f;
	}

	@Transactional
	public CriticalFunction create(long organisationId, CriticalFunctionForm form) {
		Organisation org = organisations.find(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		scope.requireWrite(org, "organisation", organisationId);
		return insert(organisationId, form, false);
	}

	/** For demo data: no scope check. */
	@Transactional
	public CriticalFunction createUnchecked(long organisationId, CriticalFunctionForm form, boolean demo) {
		return insert(organisationId, form, demo);
	}

	@Transactional
	public CriticalFunction update(long id, CriticalFunctionForm form) {
		CriticalFunction old = find(id).orElseThrow(() -> new NotFoundException("critical function", id));
		scope.requireWrite(organisations.find(old.organisationId()).orElseThrow(), "critical function", id);
		Valid v = validate(form);
		summary.change(Subject.FUNCTION, id, () -> {
			jdbc.sql("update emp_critical_function set title = ?, occupation_id = ?, reason = ?, headcount_now = ?, "
					+ "headcount_1y = ?, headcount_3y = ?, headcount_5y = ? where id = ?")
				.params(v.title, v.occupation, v.reason.name(), v.counts[0], v.counts[1], v.counts[2], v.counts[3], id)
				.update();
			jdbc.sql("delete from emp_function_skill where function_id = ?").param(id).update();
			insertSkills(id, v.skills);
		});
		return find(id).orElseThrow();
	}

	@Transactional
	public void delete(long id) {
		CriticalFunction old = find(id).orElseThrow(() -> new NotFoundException("critical function", id));
		scope.requireWrite(organisations.find(old.organisationId()).orElseThrow(), "critical function", id);
		summary.change(Subject.FUNCTION, id, () -> {
			jdbc.sql("delete from emp_function_skill where function_id = ?").param(id).update();
			jdbc.sql("delete from emp_critical_function where id = ?").param(id).update();
		});
	}

	/** Unscoped: every critical function with its skills (for analysis and matching). */
	public List<CriticalFunction> all() {
		return withSkills(jdbc.sql("select " + COLUMNS + " from emp_critical_function order by id")
			.query(CompetenceNeeds::map).list());
	}

	private java.util.Optional<CriticalFunction> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from emp_critical_function where id = ?").param(id)
			.query(CompetenceNeeds::map).list().stream().findFirst().map(f -> withSkills(List.of(f)).get(0));
	}

	private CriticalFunction insert(long organisationId, CriticalFunctionForm form, boolean demo) {
		Valid v = validate(form);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into emp_critical_function (organisation_id, title, occupation_id, reason, headcount_now, "
				+ "headcount_1y, headcount_3y, headcount_5y, template_key, demo) values (?,?,?,?,?,?,?,?,?,?)")
			.params(organisationId, v.title, v.occupation, v.reason.name(), v.counts[0], v.counts[1], v.counts[2],
					v.counts[3], v.templateKey, demo)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertSkills(id, v.skills);
		summary.inserted(Subject.FUNCTION, id);
		return find(id).orElseThrow();
	}

	private void insertSkills(long functionId, List<SkillRequirement> skills) {
		for (SkillRequirement s : skills) {
			jdbc.sql("insert into emp_function_skill (function_id, skill_id, importance, skill_level) values (?,?,?,?)")
				.params(functionId, s.skillId(), s.importance().name(), s.level()).update();
		}
	}

	private record Valid(String title, String occupation, NeedReason reason, int[] counts,
			@Nullable String templateKey, List<SkillRequirement> skills) {
	}

	private Valid validate(CriticalFunctionForm f) {
		List<FieldError> errors = new ArrayList<>();
		String title = f.title() == null ? "" : f.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			errors.add(FieldError.of("title", "employers.error.title"));
		}
		String occupation = f.occupationId() == null ? "" : f.occupationId().strip();
		if (!TaxonomyFiles.shared().is(occupation, ConceptType.OCCUPATION_NAME)) {
			errors.add(FieldError.of("occupationId", "employers.error.occupation"));
		}
		NeedReason reason = null;
		try {
			reason = NeedReason.valueOf(f.reason() == null ? "" : f.reason());
		}
		catch (IllegalArgumentException e) {
			errors.add(FieldError.of("reason", "employers.error.reason"));
		}
		Integer[] raw = { f.headcountNow(), f.headcount1y(), f.headcount3y(), f.headcount5y() };
		String[] names = { "headcountNow", "headcount1y", "headcount3y", "headcount5y" };
		int[] counts = new int[4];
		for (int i = 0; i < 4; i++) {
			if (raw[i] == null || raw[i] < 0 || raw[i] > 100_000) {
				errors.add(FieldError.of(names[i], "employers.error.headcount"));
			}
			else {
				counts[i] = raw[i];
			}
		}
		List<SkillRequirement> skills = SkillRows.validate(f.skillRows(), "skills", errors);
		if (errors.isEmpty() && skills.isEmpty()) {
			errors.add(FieldError.of("skills", "employers.error.noSkills"));
		}
		String templateKey = f.templateKey() == null || f.templateKey().isBlank() ? null : f.templateKey();
		if (templateKey != null && FunctionTemplates.byKey(templateKey).isEmpty()) {
			errors.add(FieldError.of("templateKey", "employers.error.template"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Valid(title, occupation, reason, counts, templateKey, skills);
	}

	private List<CriticalFunction> withSkills(List<CriticalFunction> functions) {
		if (functions.isEmpty()) {
			return functions;
		}
		Map<Long, List<SkillRequirement>> skills = new HashMap<>();
		List<Long> ids = functions.stream().map(CriticalFunction::id).toList();
		jdbc.sql("select function_id, skill_id, importance, skill_level from emp_function_skill "
				+ "where function_id in (:ids) order by importance, skill_id").param("ids", ids)
			.query((java.sql.ResultSet rs) -> {
				skills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SkillRequirement(
						rs.getString(2), Importance.valueOf(rs.getString(3)), rs.getInt(4)));
			});
		return functions.stream().map(f -> new CriticalFunction(f.id(), f.organisationId(), f.title(),
				f.occupationId(), f.reason(), f.headcountNow(), f.headcount1y(), f.headcount3y(), f.headcount5y(),
				f.templateKey(), skills.getOrDefault(f.id(), List.of()), f.demo())).toList();
	}

	static CriticalFunction map(ResultSet rs, int n) throws SQLException {
		return new CriticalFunction(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
				rs.getString("occupation_id"), NeedReason.valueOf(rs.getString("reason")), rs.getInt("headcount_now"),
				rs.getInt("headcount_1y"), rs.getInt("headcount_3y"), rs.getInt("headcount_5y"),
				rs.getString("template_key"), List.of(), rs.getBoolean("demo"));
	}
}
