package se.kompetensnav.planning.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.CriticalFunction;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.parameters.ParameterValue;
import se.kompetensnav.planning.EmployerRampUp;
import se.kompetensnav.planning.Establishment;
import se.kompetensnav.planning.FromEmployerNeeds;
import se.kompetensnav.planning.ImpactModel;
import se.kompetensnav.planning.ImpactParameters;
import se.kompetensnav.planning.ImpactValidation;
import se.kompetensnav.planning.JobsYear;
import se.kompetensnav.planning.NewEstablishment;
import se.kompetensnav.planning.NeedsRampUp;
import se.kompetensnav.planning.NewScenario;
import se.kompetensnav.planning.Overrides;
import se.kompetensnav.planning.Planning;
import se.kompetensnav.planning.Scenario;
import se.kompetensnav.planning.UsedParameter;

@Service
class JdbcPlanning implements Planning {

	private final JdbcClient jdbc;

	private final PlanningValues values;

	private final MunicipalityBorders municipalities;

	private final CurrentUsers users;

	private final Clock clock;

	private final Organisations organisations;

	private final CompetenceNeeds needs;

	private final MessageSource messages;

	JdbcPlanning(JdbcClient jdbc, PlanningValues values, MunicipalityBorders municipalities, CurrentUsers users,
			Clock clock, Organisations organisations, CompetenceNeeds needs, MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.values = values;
		this.municipalities = municipalities;
		this.users = users;
		this.clock = clock;
		this.organisations = organisations;
		this.needs = needs;
	}

	@Override
	@Transactional
	public Establishment create(NewEstablishment e) {
		return create(e, null);
	}

	private Establishment create(NewEstablishment e, @Nullable String scenarioName) {
		return create(e, scenarioName, null);
	}

	private Establishment create(NewEstablishment e, @Nullable String scenarioName, @Nullable Long organisationId) {
		List<FieldError> errors = new ArrayList<>();
		if (e.name() == null || e.name().isBlank()) {
			errors.add(FieldError.of("name", "validation.required"));
		}
		else if (e.name().length() > 200) {
			errors.add(FieldError.of("name", "validation.size", 1, 200));
		}
		if (e.municipalityCode() == null || municipalities.find(e.municipalityCode()).isEmpty()) {
			errors.add(FieldError.of("municipalityCode", "planning.validation.municipality"));
		}
		if (e.sector() == null || e.sector().isBlank()) {
			errors.add(FieldError.of("sector", "validation.required"));
		}
		else if (e.sector().length() > 100) {
			errors.add(FieldError.of("sector", "validation.size", 1, 100));
		}
		Overrides overrides = e.overrides() == null ? Overrides.none() : e.overrides();
		Map<String, UsedParameter> used = parameters(overrides);
		errors.addAll(ImpactValidation.rampUp(e.rampUp()));
		errors.addAll(ImpactValidation.parameters(toModel(used)));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into planning_establishment (name, municipality_code, sector, demo, created_at, created_by, "
				+ "organisation_id) values (?, ?, ?, ?, ?, ?, ?)")
			.params(e.name().strip(), e.municipalityCode(), e.sector().strip(), false, now(), who(), organisationId)
			.update(key, "id");
		long id = key.getKey().longValue();
		insertScenario(id, scenarioName == null ? e.name().strip() : scenarioName, e.rampUp(), used);
		return establishment(id);
	}

	@Override
	@Transactional(readOnly = true)
	public EmployerRampUp rampUpFromEmployer(long organisationId, int startYear, boolean includeReplacement) {
		Organisation org = organisations.find(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation", organisationId));
		List<CriticalFunction> functions = needs.all().stream().filter(f -> f.organisationId() == organisationId)
			.toList();
		return rampUp(org, functions, startYear, includeReplacement);
	}

	private EmployerRampUp rampUp(Organisation org, List<CriticalFunction> functions, int startYear,
			boolean includeReplacement) {
		int counted = (int) functions.stream().filter(f -> NeedsRampUp.counts(f, includeReplacement)).count();
		return new EmployerRampUp(org.id(), org.name(), org.municipalityCode(), municipalityName(org.municipalityCode()),
				NeedsRampUp.rampUp(functions, startYear, includeReplacement), counted, functions.size() - counted);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EmployerRampUp> employersWithNeeds(int startYear) {
		Map<Long, List<CriticalFunction>> byOrg = new LinkedHashMap<>();
		needs.all().forEach(f -> byOrg.computeIfAbsent(f.organisationId(), k -> new ArrayList<>()).add(f));
		List<EmployerRampUp> out = new ArrayList<>();
		for (Organisation org : organisations.all()) {
			List<CriticalFunction> functions = byOrg.get(org.id());
			if (functions != null) {
				out.add(rampUp(org, functions, startYear, false));
			}
		}
		return out;
	}

	@Override
	@Transactional
	public Establishment createFromEmployer(FromEmployerNeeds r) {
		List<FieldError> errors = new ArrayList<>();
		int start = r.startYear() == null ? year() : r.startYear();
		if (start < 1900 || start > 2200) {
			errors.add(FieldError.of("startYear", "planning.validation.year"));
		}
		Organisation org = r.organisationId() == null ? null : organisations.find(r.organisationId()).orElse(null);
		if (org == null) {
			errors.add(FieldError.of("organisationId", "planning.validation.organisation"));
		}
		String sector = r.sector() == null || r.sector().isBlank()
				? (org == null || org.sniCode() == null ? null : "SNI " + org.sniCode()) : r.sector();
		if (org != null && sector == null) {
			errors.add(FieldError.of("sector", "validation.required"));
		}
		EmployerRampUp derived = null;
		if (org != null && errors.isEmpty()) {
			derived = rampUpFromEmployer(org.id(), start, r.replacement());
			if (derived.peakJobs() <= 0) {
				errors.add(FieldError.of("organisationId", "planning.validation.noNeeds", org.name()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String name = r.name() == null || r.name().isBlank() ? org.name() : r.name();
		return create(new NewEstablishment(name, org.municipalityCode(), sector, derived.rampUp(), r.overrides()),
				messages.getMessage("planning.fromEmployer.scenarioName",
						new Object[] { org.name(), derived.functionsCounted() }, LocaleContextHolder.getLocale()),
				org.id());
	}

	@Override
	@Transactional
	public Scenario addScenarioFromEmployer(long establishmentId, @Nullable Integer startYear,
			boolean includeReplacement) {
		Establishment e = establishment(establishmentId);
		List<FieldError> errors = new ArrayList<>();
		Organisation org = e.organisationId() == null ? null : organisations.find(e.organisationId()).orElse(null);
		if (org == null) {
			errors.add(FieldError.of("organisationId", "planning.validation.noEmployer"));
		}
		int start = startYear != null ? startYear
				: scenario(e.scenarios().getLast().id()).rampUp().stream().mapToInt(JobsYear::year).min()
					.orElse(year());
		if (start < 1900 || start > 2200) {
			errors.add(FieldError.of("startYear", "planning.validation.year"));
		}
		EmployerRampUp derived = null;
		if (org != null && errors.isEmpty()) {
			derived = rampUpFromEmployer(org.id(), start, includeReplacement);
			if (derived.peakJobs() <= 0) {
				errors.add(FieldError.of("organisationId", "planning.validation.noNeeds", org.name()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Map<String, UsedParameter> used = parameters(Overrides.none());
		String name = messages.getMessage("planning.fromEmployer.rederivedName",
				new Object[] { org.name(), derived.functionsCounted(), java.time.LocalDate.now(clock).toString() },
				LocaleContextHolder.getLocale());
		return scenario(insertScenario(establishmentId, name, derived.rampUp(), used));
	}

	/** Demo data bypasses nothing but the label. */
	@Transactional
	public long createDemo(String name, String municipalityCode, String sector, List<JobsYear> rampUp) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into planning_establishment (name, municipality_code, sector, demo, created_at, created_by) "
				+ "values (?, ?, ?, ?, ?, ?)").params(name, municipalityCode, sector, true, now(), "system")
			.update(key, "id");
		long id = key.getKey().longValue();
		insertScenario(id, name, rampUp, parameters(Overrides.none()));
		return id;
	}

	@Override
	@Transactional
	public Scenario addScenario(long establishmentId, NewScenario s) {
		establishment(establishmentId);
		List<FieldError> errors = new ArrayList<>();
		if (s.name() == null || s.name().isBlank()) {
			errors.add(FieldError.of("name", "validation.required"));
		}
		Overrides overrides = s.overrides() == null ? Overrides.none() : s.overrides();
		Map<String, UsedParameter> used = parameters(overrides);
		errors.addAll(ImpactValidation.rampUp(s.rampUp()));
		errors.addAll(ImpactValidation.parameters(toModel(used)));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return scenario(insertScenario(establishmentId, s.name().strip(), s.rampUp(), used));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Establishment> establishments() {
		List<Long> ids = jdbc.sql("select id from planning_establishment order by name, id").query(Long.class).list();
		return ids.stream().map(this::establishment).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Establishment establishment(long id) {
		List<Establishment.ScenarioSummary> scenarios = jdbc
			.sql("select id, name, created_at from planning_scenario where establishment_id = ? order by id")
			.param(id)
			.query((rs, n) -> new Establishment.ScenarioSummary(rs.getLong(1), rs.getString(2),
					instant(rs.getTimestamp(3))))
			.list();
		return jdbc
			.sql("select id, name, municipality_code, sector, demo, created_at, organisation_id "
					+ "from planning_establishment where id = ?")
			.param(id)
			.query((rs, n) -> new Establishment(rs.getLong(1), rs.getString(2), rs.getString(3),
					municipalityName(rs.getString(3)), rs.getString(4), rs.getBoolean(5), instant(rs.getTimestamp(6)),
					rs.getObject(7, Long.class), scenarios))
			.optional()
			.orElseThrow(() -> new NotFoundException("establishment", id));
	}

	@Override
	@Transactional(readOnly = true)
	public Scenario scenario(long id) {
		record Head(long establishmentId, String name, Instant createdAt) {
		}
		Head head = jdbc.sql("select establishment_id, name, created_at from planning_scenario where id = ?")
			.param(id)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3))))
			.optional()
			.orElseThrow(() -> new NotFoundException("scenario", id));
		Establishment e = establishment(head.establishmentId());
		List<JobsYear> ramp = jdbc.sql("select job_year, construction_jobs, operation_jobs from planning_jobs_year "
				+ "where scenario_id = ? order by job_year")
			.param(id)
			.query((rs, n) -> new JobsYear(rs.getInt(1), rs.getDouble(2), rs.getDouble(3)))
			.list();
		Map<String, UsedParameter> used = new LinkedHashMap<>();
		jdbc.sql("select param_key, param_year, param_value, unit, source, version, overridden "
				+ "from planning_scenario_parameter where scenario_id = ? order by id")
			.param(id)
			.query((rs, n) -> new UsedParameter(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getString(4),
					rs.getString(5), rs.getInt(6), rs.getBoolean(7)))
			.list()
			.forEach(p -> used.put(p.key(), p));
		return new Scenario(id, e.id(), e.name(), e.municipalityCode(), e.municipalityName(), head.name(),
				head.createdAt(), ramp, List.copyOf(used.values()), ImpactModel.runAll(ramp, toModel(used)));
	}

	private long insertScenario(long establishmentId, String name, List<JobsYear> rampUp,
			Map<String, UsedParameter> used) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into planning_scenario (establishment_id, name, parameter_year, created_at, created_by) "
				+ "values (?, ?, ?, ?, ?)").params(establishmentId, name, year(), now(), who()).update(key, "id");
		long id = key.getKey().longValue();
		for (JobsYear y : rampUp) {
			jdbc.sql("insert into planning_jobs_year (scenario_id, job_year, construction_jobs, operation_jobs) "
					+ "values (?, ?, ?, ?)").params(id, y.year(), y.construction(), y.operation()).update();
		}
		for (UsedParameter p : used.values()) {
			jdbc.sql("insert into planning_scenario_parameter (scenario_id, param_key, param_year, param_value, unit, "
					+ "source, version, overridden) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, p.key(), p.year(), p.value(), p.unit(), p.source(), p.version(), p.overridden())
				.update();
		}
		return id;
	}

	/** The library's current values with the scenario's overrides applied (shares entered in percent). */
	Map<String, UsedParameter> parameters(Overrides o) {
		Map<String, ParameterValue> snapshot = values.snapshot(ImpactParameters.keys(), year());
		Map<String, UsedParameter> used = new LinkedHashMap<>();
		for (String key : ImpactParameters.keys()) {
			ParameterValue v = snapshot.get(key);
			if (v == null) {
				throw new IllegalStateException("no value for parameter " + key);
			}
			used.put(key, new UsedParameter(key, v.year(), v.asDouble(), v.unit(), v.source(), v.version(), false));
		}
		String p = ImpactParameters.PREFIX;
		override(used, p + "multiplier_low", o.multiplierLow(), 1);
		override(used, p + "multiplier_central", o.multiplierCentral(), 1);
		override(used, p + "multiplier_high", o.multiplierHigh(), 1);
		override(used, p + "share_local", o.localPercent(), 100);
		override(used, p + "share_in_commuters", o.inCommuterPercent(), 100);
		override(used, p + "share_movers", o.moverPercent(), 100);
		return used;
	}

	private void override(Map<String, UsedParameter> used, String key, @Nullable Double value, double divisor) {
		if (value != null) {
			UsedParameter base = used.get(key);
			used.put(key, new UsedParameter(key, year(), value / divisor, base.unit(), "scenario", 0, true));
		}
	}

	static ImpactParameters toModel(Map<String, UsedParameter> used) {
		Map<String, Double> byKey = new LinkedHashMap<>();
		used.forEach((k, v) -> byKey.put(k, v.value()));
		return ImpactParameters.fromKeys(byKey);
	}

	private String municipalityName(String code) {
		return municipalities.find(code).map(MunicipalityBorders.Entry::name).orElse(code);
	}

	private int year() {
		return LocalDateTime.now(clock).getYear();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static Instant instant(Timestamp t) {
		return t.toInstant();
	}

	private String who() {
		return users.current().map(CurrentUser::username).orElse("system");
	}
}
