package se.kompetensnav.employers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.taxonomy.ConceptType;

/**
 * Opportunities. Staff read all of them; employer contacts only their own organisation's. {@link #allOpen()} is
 * unscoped, for matching.
 */
@Service
public class Opportunities {

	private static final String COLUMNS = "id, organisation_id, employer_name, employer_org_number, kind, title, description, occupation_id, "
			+ "municipality_code, start_date, positions, driving_licences, languages, part_time, supported_employment, "
			+ "supervisor, is_open, source, external_id, application_deadline, published_at, demo";

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final EmployerScope scope;

	/** Every write to an opportunity goes through it, in the caller's transaction. */
	private final DemandSummary summary;

	Opportunities(JdbcClient jdbc, Organisations organisations, EmployerScope scope, DemandSummary summary) {
		this.jdbc = jdbc;
		this.summary = summary;
		this.organisations = organisations;
		this.scope = scope;
	}

	/** One organisation's opportunities, open first. */
	public List<Opportunity> of(long organisationId) {
		organisations.get(organisationId);
		return withSkills(jdbc.sql("select " + COLUMNS + " from emp_opportunity where organisation_id = ? "
				+ "order by is_open desc, start_date, id").param(organisationId).query(Opportunities::map).list());
	}

	/** Open opportunities for staff, filtered by municipality (kommunkod) and kind when given. */
	public List<Opportunity> openFor(@Nullable String municipalityCode, @Nullable OpportunityKind kind) {
		CurrentUser u = scope.user();
		if (!scope.isStaffReader(u)) {
			return List.of();
		}
		return withSkills(jdbc.sql("select " + COLUMNS + " from emp_opportunity where is_open = true "
				+ "and (cast(:m as varchar(4)) is null or municipality_code = :m) "
				+ "and (cast(:k as varchar(20)) is null or kind = :k) order by municipality_code, start_date, id")
			.param("m", municipalityCode).param("k", kind == null ? null : kind.name()).query(Opportunities::map)
			.list());
	}

	/** Unscoped: every open opportunity with its skills (for matching). */
	public List<Opportunity> allOpen() {
		return withSkills(jdbc.sql("select " + COLUMNS + " from emp_opportunity where is_open = true order by id")
			.query(Opportunities::map).list());
	}

	public Opportunity get(long id) {
		Opportunity o = find(id).orElseThrow(() -> new NotFoundException("opportunity", id));
		requireRead(o);
		return o;
	}

	public boolean canEdit(Opportunity o) {
		return o.organisationId() != null && organisations.find(o.organisationId()).map(scope::canWrite).orElse(false);
	}

	@Transactional
	public Opportunity create(long organisationId, OpportunityForm form) {
		Organisation org = organisations.find(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		scope.requireWrite(org, "organisation", organisationId);
		return insert(org, form, false);
	}

	/** For demo data: no scope check. */
	@Transactional
	public Opportunity createUnchecked(Organisation org, OpportunityForm form, boolean demo) {
		return insert(org, form, demo);
	}

	@Transactional
	public Opportunity setOpen(long id, boolean open) {
		Opportunity o = find(id).orElseThrow(() -> new NotFoundException("opportunity", id));
		if (!canEdit(o)) {
			scope.deny("opportunity", id);
		}
		summary.change(Subject.OPPORTUNITY, id, () -> jdbc
			.sql("update emp_opportunity set is_open = ?, updated_at = current_timestamp where id = ?")
			.params(open, id).update());
		return find(id).orElseThrow();
	}

	/**
	 * Stores what the user accepted from the suggestions for an opportunity's text: the skills (replacing the
	 * opportunity's skills) and any required languages and driving licences (added to those it has).
	 */
	@Transactional
	public Opportunity acceptSuggestions(long id, List<SkillRequirement> skills, List<String> languages,
			List<String> licences) {
		Opportunity o = replaceSkills(id, skills);
		TaxonomyFiles tax = TaxonomyFiles.shared();
		List<String> langs = new ArrayList<>(o.languages());
		for (String l : languages) {
			if (!tax.is(l, ConceptType.LANGUAGE)) {
				throw new InvalidInputException(FieldError.of("languages", "employers.error.language", l));
			}
			if (!langs.contains(l)) {
				langs.add(l);
			}
		}
		List<String> lics = new ArrayList<>(o.drivingLicences());
		for (String l : licences) {
			if (!tax.is(l, ConceptType.DRIVING_LICENCE)) {
				throw new InvalidInputException(FieldError.of("drivingLicences", "employers.error.licence", l));
			}
			if (!lics.contains(l)) {
				lics.add(l);
			}
		}
		jdbc.sql("update emp_opportunity set languages = ?, driving_licences = ?, updated_at = current_timestamp "
				+ "where id = ?").params(String.join(",", langs), String.join(",", lics), id).update();
		return find(id).orElseThrow();
	}

	/** Replaces the skills of an opportunity (after the user accepted extraction suggestions). */
	@Transactional
	public Opportunity replaceSkills(long id, List<SkillRequirement> skills) {
		Opportunity o = find(id).orElseThrow(() -> new NotFoundException("opportunity", id));
		if (!canEdit(o) && !scope.user().has(se.kompetensnav.identity.Role.ADMIN)) {
			scope.deny("opportunity", id);
		}
		for (SkillRequirement s : skills) {
			if (!TaxonomyFiles.shared().is(s.skillId(), ConceptType.SKILL)) {
				throw new InvalidInputException(FieldError.of("skills", "employers.error.skill", s.skillId()));
			}
		}
		jdbc.sql("delete from emp_opportunity_skill where opportunity_id = ?").param(id).update();
		insertSkills(id, skills);
		return find(id).orElseThrow();
	}

	Optional<Opportunity> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from emp_opportunity where id = ?").param(id)
			.query(Opportunities::map).list().stream().findFirst().map(o -> withSkills(List.of(o)).get(0));
	}

	Optional<Opportunity> byExternalId(String externalId) {
		return jdbc.sql("select " + COLUMNS + " from emp_opportunity where external_id = ?").param(externalId)
			.query(Opportunities::map).list().stream().findFirst().map(o -> withSkills(List.of(o)).get(0));
	}

	private void requireRead(Opportunity o) {
		if (scope.isStaffReader(scope.user())) {
			return;
		}
		Organisation org = o.organisationId() == null ? null : organisations.find(o.organisationId()).orElse(null);
		if (org == null || !scope.canRead(org)) {
			scope.deny("opportunity", o.id());
		}
	}

	/** A validated opportunity ready to store (from a form or an ad). */
	record Data(@Nullable Long organisationId, String employerName, @Nullable String employerOrgNumber,
			OpportunityKind kind, String title, @Nullable String description, String occupationId,
			String municipalityCode, @Nullable LocalDate startDate, int positions, List<String> drivingLicences,
			List<String> languages, boolean partTime, boolean supportedEmployment, boolean supervisor, boolean open,
			String source, @Nullable String externalId, @Nullable LocalDate applicationDeadline,
			@Nullable LocalDateTime publishedAt, List<SkillRequirement> skills, boolean demo) {
	}

	private Opportunity insert(Organisation org, OpportunityForm form, boolean demo) {
		Data d = validate(org, form, demo);
		return find(insert(d)).orElseThrow();
	}

	long insert(Data d) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into emp_opportunity (organisation_id, employer_name, employer_org_number, kind, title, "
				+ "description, occupation_id, municipality_code, start_date, positions, driving_licences, languages, "
				+ "part_time, supported_employment, supervisor, is_open, source, external_id, application_deadline, "
				+ "published_at, demo) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
			.params(d.organisationId(), d.employerName(), d.employerOrgNumber(), d.kind().name(), d.title(),
					d.description(), d.occupationId(), d.municipalityCode(), d.startDate(), d.positions(),
					String.join(",", d.drivingLicences()), String.join(",", d.languages()), d.partTime(),
					d.supportedEmployment(), d.supervisor(), d.open(), d.source(), d.externalId(),
					d.applicationDeadline(), d.publishedAt() == null ? null : Timestamp.valueOf(d.publishedAt()),
					d.demo())
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertSkills(id, d.skills());
		summary.inserted(Subject.OPPORTUNITY, id);
		return id;
	}

	void update(long id, Data d) {
		summary.change(Subject.OPPORTUNITY, id, () -> write(id, d));
	}

	private void write(long id, Data d) {
		jdbc.sql("update emp_opportunity set organisation_id = ?, employer_name = ?, employer_org_number = ?, kind = ?, "
				+ "title = ?, description = ?, occupation_id = ?, municipality_code = ?, start_date = ?, positions = ?, "
				+ "driving_licences = ?, languages = ?, is_open = ?, application_deadline = ?, published_at = ?, "
				+ "updated_at = current_timestamp where id = ?")
			.params(d.organisationId(), d.employerName(), d.employerOrgNumber(), d.kind().name(), d.title(),
					d.description(), d.occupationId(), d.municipalityCode(), d.startDate(), d.positions(),
					String.join(",", d.drivingLicences()), String.join(",", d.languages()), d.open(),
					d.applicationDeadline(), d.publishedAt() == null ? null : Timestamp.valueOf(d.publishedAt()), id)
			.update();
		jdbc.sql("delete from emp_opportunity_skill where opportunity_id = ?").param(id).update();
		insertSkills(id, d.skills());
	}

	void close(long id) {
		summary.change(Subject.OPPORTUNITY, id, () -> jdbc
			.sql("update emp_opportunity set is_open = false, updated_at = current_timestamp where id = ?").param(id)
			.update());
	}

	private void insertSkills(long id, List<SkillRequirement> skills) {
		for (SkillRequirement s : skills) {
			jdbc.sql("insert into emp_opportunity_skill (opportunity_id, skill_id, importance, skill_level) "
					+ "values (?,?,?,?)").params(id, s.skillId(), s.importance().name(), s.level()).update();
		}
	}

	private Data validate(Organisation org, OpportunityForm f, boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		TaxonomyFiles tax = TaxonomyFiles.shared();
		OpportunityKind kind = null;
		try {
			kind = OpportunityKind.valueOf(f.kind() == null ? "" : f.kind());
		}
		catch (IllegalArgumentException e) {
			errors.add(FieldError.of("kind", "employers.error.kind"));
		}
		String title = f.title() == null ? "" : f.title().strip();
		if (title.isEmpty() || title.length() > 300) {
			errors.add(FieldError.of("title", "employers.error.title"));
		}
		String occupation = f.occupationId() == null ? "" : f.occupationId().strip();
		if (!tax.is(occupation, ConceptType.OCCUPATION_NAME)) {
			errors.add(FieldError.of("occupationId", "employers.error.occupation"));
		}
		String municipality = f.municipalityCode() == null || f.municipalityCode().isBlank() ? org.municipalityCode()
				: f.municipalityCode().strip();
		if (!tax.isMunicipality(municipality)) {
			errors.add(FieldError.of("municipalityCode", "employers.error.municipality"));
		}
		LocalDate start = null;
		if (f.startDate() != null && !f.startDate().isBlank()) {
			try {
				start = LocalDate.parse(f.startDate().strip());
			}
			catch (DateTimeParseException e) {
				errors.add(FieldError.of("startDate", "employers.error.date"));
			}
		}
		int positions = f.positions() == null ? 1 : f.positions();
		if (positions < 1 || positions > 10_000) {
			errors.add(FieldError.of("positions", "employers.error.positions"));
		}
		List<String> licences = clean(f.drivingLicences());
		for (String l : licences) {
			if (!tax.is(l, ConceptType.DRIVING_LICENCE)) {
				errors.add(FieldError.of("drivingLicences", "employers.error.licence", l));
			}
		}
		List<String> languages = clean(f.languages());
		for (String l : languages) {
			if (!tax.is(l, ConceptType.LANGUAGE)) {
				errors.add(FieldError.of("languages", "employers.error.language", l));
			}
		}
		List<SkillRequirement> skills = SkillRows.validate(f.skillRows(), "skills", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Data(org.id(), org.name(), org.orgNumber(), kind, title,
				f.description() == null || f.description().isBlank() ? null : f.description().strip(), occupation,
				municipality, start, positions, licences, languages, Boolean.TRUE.equals(f.partTime()),
				Boolean.TRUE.equals(f.supportedEmployment()), Boolean.TRUE.equals(f.supervisor()),
				!Boolean.FALSE.equals(f.open()), "MANUAL", null, null, null, skills, demo);
	}

	private static List<String> clean(@Nullable List<String> ids) {
		return ids == null ? List.of()
				: ids.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
	}

	private List<Opportunity> withSkills(List<Opportunity> list) {
		if (list.isEmpty()) {
			return list;
		}
		Map<Long, List<SkillRequirement>> skills = new HashMap<>();
		jdbc.sql("select opportunity_id, skill_id, importance, skill_level from emp_opportunity_skill "
				+ "where opportunity_id in (:ids) order by importance, skill_id")
			.param("ids", list.stream().map(Opportunity::id).toList())
			.query((ResultSet rs) -> {
				skills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SkillRequirement(
						rs.getString(2), Importance.valueOf(rs.getString(3)), rs.getInt(4)));
			});
		return list.stream().map(o -> new Opportunity(o.id(), o.organisationId(), o.employerName(),
				o.employerOrgNumber(), o.kind(),
				o.title(), o.description(), o.occupationId(), o.municipalityCode(), o.startDate(), o.positions(),
				o.drivingLicences(), o.languages(), o.partTime(), o.supportedEmployment(), o.supervisor(), o.open(),
				o.source(), o.externalId(), o.applicationDeadline(), o.publishedAt(),
				skills.getOrDefault(o.id(), List.of()), o.demo())).toList();
	}

	private static List<String> split(@Nullable String s) {
		return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
	}

	static Opportunity map(ResultSet rs, int n) throws SQLException {
		long org = rs.getLong("organisation_id");
		Long orgId = rs.wasNull() ? null : org;
		java.sql.Date start = rs.getDate("start_date");
		java.sql.Date deadline = rs.getDate("application_deadline");
		Timestamp published = rs.getTimestamp("published_at");
		return new Opportunity(rs.getLong("id"), orgId, rs.getString("employer_name"),
				rs.getString("employer_org_number"), OpportunityKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
				rs.getString("occupation_id"), rs.getString("municipality_code"),
				start == null ? null : start.toLocalDate(), rs.getInt("positions"), split(rs.getString("driving_licences")),
				split(rs.getString("languages")), rs.getBoolean("part_time"), rs.getBoolean("supported_employment"),
				rs.getBoolean("supervisor"), rs.getBoolean("is_open"), rs.getString("source"),
				rs.getString("external_id"), deadline == null ? null : deadline.toLocalDate(),
				published == null ? null : published.toLocalDateTime(), List.of(), rs.getBoolean("demo"));
	}
}
