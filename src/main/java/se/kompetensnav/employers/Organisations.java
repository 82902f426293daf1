package se.kompetensnav.employers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;

/**
 * Employer organisations. Reads are scoped to the signed-in user (employer contacts: their own organisation only);
 * the {@code all*} methods are unscoped and meant for other modules' aggregate use (analysis, matching).
 */
@Service
public class Organisations {

	private static final String COLUMNS = "id, unit_id, org_number, name, sni_code, employees, turnover_msek, "
			+ "size_class, municipality_code, green_transition, demo";

	private static final Pattern SNI = Pattern.compile("\\d{2}(\\.?\\d{1,3})?");

	private final JdbcClient jdbc;

	private final Units units;

	private final EmployerScope scope;

	private final EmployersSettings settings;

	/** An organisation's municipality places its functions' demand. */
	private final DemandSummary summary;

	Organisations(JdbcClient jdbc, Units units, EmployerScope scope, EmployersSettings settings,
			DemandSummary summary) {
		this.jdbc = jdbc;
		this.summary = summary;
		this.units = units;
		this.scope = scope;
		this.settings = settings;
	}

	/** The organisations the signed-in user may see, by name. */
	public List<Organisation> visible() {
		CurrentUser u = scope.user();
		if (scope.isStaffReader(u)) {
			return all();
		}
		if (u.has(Role.EMPLOYER) && u.unitId() != null) {
			return jdbc.sql("select " + COLUMNS + " from emp_organisation where unit_id = ?").param(u.unitId())
				.query(Organisations::map).list();
		}
		return List.of();
	}

	/** The signed-in employer contact's own organisation, if their unit has one. */
	public Optional<Organisation> mine() {
		CurrentUser u = scope.user();
		if (u.unitId() == null) {
			return Optional.empty();
		}
		return byUnit(u.unitId());
	}

	/**
	 * One organisation; 404 when it does not exist or lies outside the user's scope. Not transactional, so that the
	 * DENIED audit entry stays when the 404 is thrown.
	 */
	public Organisation get(long id) {
		Organisation org = find(id).orElseThrow(() -> new NotFoundException("organisation", id));
		scope.requireRead(org, "organisation", id);
		return org;
	}

	/** Whether the signed-in user may change this organisation (and its needs and opportunities). */
	public boolean canEdit(Organisation org) {
		return scope.canWrite(org);
	}

	/** Unscoped: every organisation, by name. */
	public List<Organisation> all() {
		return jdbc.sql("select " + COLUMNS + " from emp_organisation order by name").query(Organisations::map).list();
	}

	/** Unscoped lookup by id. */
	public Optional<Organisation> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from emp_organisation where id = ?").param(id)
			.query(Organisations::map).optional();
	}

	/** Unscoped lookup by organisation number (with or without hyphen). */
	public Optional<Organisation> byOrgNumber(String orgNumber) {
		OrgNumber n = OrgNumber.parse(orgNumber);
		if (n == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + " from emp_organisation where org_number = ?").param(n.value())
			.query(Organisations::map).optional();
	}

	public Optional<Organisation> byUnit(long unitId) {
		return jdbc.sql("select " + COLUMNS + " from emp_organisation where unit_id = ?").param(unitId)
			.query(Organisations::map).optional();
	}

	/**
	 * Registers an organisation. Admins register any: with {@code unitCode} it is tied to that existing EMPLOYER unit;
	 * otherwise a new EMPLOYER unit is created for it. An employer contact whose own unit is an EMPLOYER unit without
	 * an organisation registers that one organisation, always tied to their own unit ({@code unitCode} is ignored).
	 * Anyone else is refused. Validates everything first; nothing is stored when anything is wrong.
	 */
	@Transactional
	public Organisation create(OrganisationForm form, @Nullable String unitCode) {
		CurrentUser u = scope.user();
		if (u.has(Role.ADMIN)) {
			return createUnchecked(form, unitCode, false);
		}
		OrgUnit own = ownUnregisteredUnit(u).orElseThrow(
				() -> new InvalidInputException(FieldError.of("name", "employers.error.registerNotAllowed")));
		return createUnchecked(form, own.code(), false);
	}

	/** Whether the signed-in user may register an organisation (admins; an employer contact without one). */
	public boolean canRegister() {
		CurrentUser u = scope.user();
		return u.has(Role.ADMIN) || ownUnregisteredUnit(u).isPresent();
	}

	/** Whether the signed-in user registers their own unit's organisation (not an admin registering any). */
	public boolean registersOwn() {
		CurrentUser u = scope.user();
		return !u.has(Role.ADMIN) && ownUnregisteredUnit(u).isPresent();
	}

	private Optional<OrgUnit> ownUnregisteredUnit(CurrentUser u) {
		if (!u.has(Role.EMPLOYER) || u.unitId() == null) {
			return Optional.empty();
		}
		return units.find(u.unitId())
			.filter(unit -> unit.type() == UnitType.EMPLOYER && byUnit(unit.id()).isEmpty());
	}

	/** For the demo data and imports: no role check. */
	@Transactional
	public Organisation createUnchecked(OrganisationForm form, @Nullable String unitCode, boolean demo) {
		Valid v = validate(form);
		List<FieldError> errors = new ArrayList<>();
		if (byOrgNumber(v.orgNumber.value()).isPresent()) {
			errors.add(FieldError.of("orgNumber", "employers.error.orgNumber.taken"));
		}
		OrgUnit unit = null;
		if (unitCode != null && !unitCode.isBlank()) {
			unit = units.findByCode(unitCode).orElse(null);
			if (unit == null || unit.type() != UnitType.EMPLOYER) {
				errors.add(FieldError.of("unitCode", "employers.error.unit"));
			}
			else if (byUnit(unit.id()).isPresent()) {
				errors.add(FieldError.of("unitCode", "employers.error.unit.taken"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (unit == null) {
			unit = units.create(null, "org-" + v.orgNumber.digits(), UnitType.EMPLOYER, v.name, v.municipality,
					v.orgNumber.digits(), demo);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into emp_organisation (unit_id, org_number, name, sni_code, employees, turnover_msek, "
				+ "size_class, municipality_code, green_transition, demo) values (?,?,?,?,?,?,?,?,?,?)")
			.params(unit.id(), v.orgNumber.value(), v.name, v.sni, v.employees, form.turnoverMsek(), v.size.name(),
					v.municipality, form.green(), demo)
			.update(keys, "id");
		return find(keys.getKeyAs(Long.class)).orElseThrow();
	}

	@Transactional
	public Organisation update(long id, OrganisationForm form) {
		Organisation org = find(id).orElseThrow(() -> new NotFoundException("organisation", id));
		scope.requireWrite(org, "organisation", id);
		Valid v = validate(form);
		Optional<Organisation> other = byOrgNumber(v.orgNumber.value());
		if (other.isPresent() && other.get().id() != id) {
			throw new InvalidInputException(FieldError.of("orgNumber", "employers.error.orgNumber.taken"));
		}
		summary.change(Subject.ORGANISATION, id, () -> jdbc
			.sql("update emp_organisation set org_number = ?, name = ?, sni_code = ?, employees = ?, turnover_msek = ?,"
					+ " size_class = ?, municipality_code = ?, green_transition = ? where id = ?")
			.params(v.orgNumber.value(), v.name, v.sni, v.employees, form.turnoverMsek(), v.size.name(), v.municipality,
					form.green(), id)
			.update());
		return find(id).orElseThrow();
	}

	private record Valid(String name, OrgNumber orgNumber, @Nullable String sni, int employees, SizeClass size,
			String municipality) {
	}

	private Valid validate(OrganisationForm f) {
		List<FieldError> errors = new ArrayList<>();
		String name = f.name() == null ? "" : f.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			errors.add(FieldError.of("name", "employers.error.name"));
		}
		OrgNumber orgNumber = null;
		if (!OrgNumber.hasValidFormat(f.orgNumber())) {
			errors.add(FieldError.of("orgNumber", "employers.error.orgNumber.format"));
		}
		else {
			orgNumber = OrgNumber.parse(f.orgNumber());
			if (orgNumber == null) {
				errors.add(FieldError.of("orgNumber", "employers.error.orgNumber.checkDigit"));
			}
		}
		String sni = f.sniCode() == null || f.sniCode().isBlank() ? null : f.sniCode().strip();
		if (sni != null && !SNI.matcher(sni).matches()) {
			errors.add(FieldError.of("sniCode", "employers.error.sni"));
		}
		if (f.employees() == null || f.employees() < 0) {
			errors.add(FieldError.of("employees", "employers.error.employees"));
		}
		if (f.turnoverMsek() != null && f.turnoverMsek() < 0) {
			errors.add(FieldError.of("turnoverMsek", "employers.error.turnover"));
		}
		String municipality = f.municipalityCode() == null ? "" : f.municipalityCode().strip();
		if (!TaxonomyFiles.shared().isMunicipality(municipality)) {
			errors.add(FieldError.of("municipalityCode", "employers.error.municipality"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Double meur = f.turnoverMsek() == null ? null : f.turnoverMsek() / settings.eurRate();
		return new Valid(name, orgNumber, sni == null ? null : sni.replace(".", ""), f.employees(),
				SizeClass.of(f.employees(), meur), municipality.toUpperCase(Locale.ROOT));
	}

	static Organisation map(ResultSet rs, int n) throws SQLException {
		double turnover = rs.getDouble("turnover_msek");
		Double t = rs.wasNull() ? null : turnover;
		return new Organisation(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("org_number"),
				rs.getString("name"), rs.getString("sni_code"), rs.getInt("employees"), t,
				SizeClass.valueOf(rs.getString("size_class")), rs.getString("municipality_code"),
				rs.getBoolean("green_transition"), rs.getBoolean("demo"));
	}
}
