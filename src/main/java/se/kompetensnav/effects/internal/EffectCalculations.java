package se.kompetensnav.effects.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.effects.model.EffectReport;
import se.kompetensnav.effects.model.ExclusionCost;
import se.kompetensnav.effects.model.LedgerInput;
import se.kompetensnav.effects.model.ParticipantLedger;
import se.kompetensnav.effects.model.Rates;
import se.kompetensnav.effects.model.Scenario;
import se.kompetensnav.effects.model.Situation;
import se.kompetensnav.effects.model.Sroi;
import se.kompetensnav.effects.model.TypicalCase;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.parameters.ParameterValue;
import se.kompetensnav.parameters.Parameters;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.Programmes;

/**
 * Runs the effect model with the parameter library's current values, and stores each calculation together with
 * the parameter versions it used. Stored calculations are read back as stored: never recomputed.
 */
@Service
public class EffectCalculations {

	/** The first year for which every parameter of the model has a value (activity compensation starts in 2025). */
	public static final int FIRST_YEAR = 2025;

	private final Parameters parameters;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final CurrentUsers users;

	private final Clock clock;

	private final Programmes programmes;

	private final EffectsSettings settings;

	EffectCalculations(Parameters parameters, JdbcClient jdbc, JsonMapper json, CurrentUsers users, Clock clock,
			Programmes programmes, EffectsSettings settings) {
		this.settings = settings;
		this.parameters = parameters;
		this.jdbc = jdbc;
		this.json = json;
		this.users = users;
		this.clock = clock;
		this.programmes = programmes;
	}

	/** The parameter values of a year, with their versions. */
	public Map<String, ParameterValue> snapshot(int year) {
		if (year < FIRST_YEAR || year > 2100) {
			throw new InvalidInputException(FieldError.of("year", "validation.range", FIRST_YEAR, 2100));
		}
		return parameters.snapshot(Rates.KEYS, year);
	}

	public static Rates rates(int year, Map<String, ParameterValue> snapshot) {
		Map<String, Double> values = new HashMap<>();
		snapshot.forEach((k, v) -> values.put(k, v.asDouble()));
		return new Rates(year, values);
	}

	public int defaultYear() {
		return Math.max(FIRST_YEAR, Math.min(2100, java.time.Year.now(clock).getValue()));
	}

	@Transactional
	public StoredCalculation runScenario(ScenarioRequest req) {
		int year = req.year() == null ? defaultYear() : req.year();
		Map<String, ParameterValue> snap = snapshot(year);
		Rates r = rates(year, snap);
		List<FieldError> errors = new ArrayList<>();
		check(errors, "places", req.places(), 1, 100_000);
		check(errors, "shareToWork", req.shareToWork(), 0, 1);
		double toStudies = or(req.shareToStudies(), 0);
		check(errors, "shareToStudies", toStudies, 0, 1);
		if (req.shareToWork() + toStudies > 1) {
			errors.add(FieldError.of("shareToStudies", "effects.error.sharesAboveOne"));
		}
		check(errors, "effectYears", req.effectYears(), 1, 40);
		int age = req.age() == null ? 30 : req.age();
		check(errors, "age", age, 16, 66);
		double consultant = or(req.consultantHoursPerPlace(), r.get(Rates.SCENARIO_CONSULTANT_HOURS));
		double internship = or(req.internshipWeeksPerPlace(), r.get(Rates.SCENARIO_INTERNSHIP_WEEKS));
		double course = or(req.courseWeeksPerPlace(), r.get(Rates.SCENARIO_COURSE_WEEKS));
		check(errors, "consultantHoursPerPlace", consultant, 0, 10_000);
		check(errors, "internshipWeeksPerPlace", internship, 0, 520);
		check(errors, "courseWeeksPerPlace", course, 0, 520);
		Adjustments adj = adjustments(req.deadweight(), req.displacement(), req.attribution(), req.dropOff(),
				req.discountRate(), r, errors);
		double dw = adj.deadweight();
		double disp = adj.displacement();
		double attr = adj.attribution();
		double drop = adj.dropOff();
		double rate = adj.discountRate();
		Situation start = req.startSituation() == null ? Situation.JOB_SEEKING : req.startSituation();
		if (!start.excluded()) {
			errors.add(FieldError.of("startSituation", "effects.error.startExcluded"));
		}
		String name = req.name() == null || req.name().isBlank() ? "Scenario" : req.name().strip();
		if (name.length() > 200) {
			errors.add(FieldError.of("name", "validation.size", 1, 200));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Scenario.Input input = new Scenario.Input(req.places(), req.shareToWork(), toStudies, req.effectYears(), start,
				age, consultant, internship, course, new Sroi.Adjustments(dw, disp, attr, drop), rate);
		Scenario.Result result = Scenario.calculate(input, r);
		return store(CalculationKind.SCENARIO, name, year, input, result, snap);
	}

	@Transactional
	public StoredCalculation runExclusion(ExclusionRequest req) {
		int year = req.year() == null ? defaultYear() : req.year();
		Map<String, ParameterValue> snap = snapshot(year);
		Rates r = rates(year, snap);
		List<FieldError> errors = new ArrayList<>();
		if (req.typicalCase() == null) {
			errors.add(FieldError.of("typicalCase", "validation.required"));
		}
		int age = req.age() != null ? req.age() : req.typicalCase() != null ? req.typicalCase().defaultAge() : 30;
		check(errors, "age", age, 16, 66);
		double rate = or(req.discountRate(), r.get(Rates.DISCOUNT_RATE));
		check(errors, "discountRate", rate, 0, 0.2);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		TypicalCase c = req.typicalCase();
		ExclusionCost result = ExclusionCost.of(c, age, rate, r);
		return store(CalculationKind.EXCLUSION, c.name(), year, req, result, snap);
	}

	/**
	 * A programme report from its participants' ledgers: situation at entry and at the follow-ups, activity hours.
	 * The people module's data reaches this through a thin adapter that builds the {@link LedgerInput}s.
	 */
	@Transactional
	public StoredCalculation runProgramme(ProgrammeRequest req) {
		return runProgramme(req, null);
	}

	/**
	 * The same, for a programme of the people module: the stored report belongs to the programme, and only those
	 * who may see the programme's aggregated figures may read it.
	 */
	@Transactional
	public StoredCalculation runProgramme(ProgrammeRequest req, @Nullable Programme owner) {
		int year = req.year() == null ? defaultYear() : req.year();
		Map<String, ParameterValue> snap = snapshot(year);
		Rates r = rates(year, snap);
		List<FieldError> errors = new ArrayList<>();
		String name = req.programme() == null || req.programme().isBlank() ? "" : req.programme().strip();
		if (name.isEmpty()) {
			errors.add(FieldError.of("programme", "validation.required"));
		}
		else if (name.length() > 200) {
			errors.add(FieldError.of("programme", "validation.size", 1, 200));
		}
		check(errors, "years", req.years(), 1, 20);
		List<LedgerInput> participants = req.participants() == null ? List.of() : req.participants();
		if (participants.isEmpty()) {
			errors.add(FieldError.of("participants", "validation.required"));
		}
		else if (owner != null && !maySeeFew(participants.size(), owner.unitId())) {
			errors.add(FieldError.of("participants", "effects.programme.tooFew", participants.size(),
					settings.minParticipants()));
		}
		for (int i = 0; i < participants.size(); i++) {
			LedgerInput p = participants.get(i);
			if (p.atEntry() == null || p.entryDate() == null) {
				errors.add(FieldError.atLine(i + 1, "participants", "validation.required"));
			}
			else if (p.activityHours().values().stream().anyMatch(h -> h == null || h < 0)) {
				errors.add(FieldError.atLine(i + 1, "activityHours", "validation.positive"));
			}
		}
		Adjustments adj = adjustments(req.deadweight(), req.displacement(), req.attribution(), req.dropOff(),
				req.discountRate(), r, errors);
		double dw = adj.deadweight();
		double disp = adj.displacement();
		double attr = adj.attribution();
		double drop = adj.dropOff();
		double rate = adj.discountRate();
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		int years = req.years();
		List<ParticipantLedger> ledgers = participants.stream()
			.map(p -> ParticipantLedger.of(p, p.entryDate().plusDays(365L * years), years, drop, r))
			.toList();
		EffectReport report = ParticipantLedger.programme(ledgers, years, new Sroi.Adjustments(dw, disp, attr, drop),
				rate);
		StoredCalculation.ProgrammeResult result = new StoredCalculation.ProgrammeResult(name, ledgers.size(), years,
				report, StoredCalculation.Outcomes.of(participants));
		return store(CalculationKind.PROGRAMME, name, year, Map.of("programme", name, "years", years), result, snap,
				owner);
	}

	/** Stores a programme report computed from participants' ledgers. */
	@Transactional
	public StoredCalculation storeProgramme(String programme, int year, List<ParticipantLedger> ledgers, int years,
			Sroi.Adjustments adj, double rate, Map<String, ParameterValue> snap) {
		EffectReport report = ParticipantLedger.programme(ledgers, years, adj, rate);
		StoredCalculation.ProgrammeResult result = new StoredCalculation.ProgrammeResult(programme, ledgers.size(),
				years, report, null);
		return store(CalculationKind.PROGRAMME, programme, year, Map.of("programme", programme, "years", years),
				result, snap, null);
	}

	private StoredCalculation store(CalculationKind kind, String name, int year, Object input, Object result,
			Map<String, ParameterValue> snap) {
		return store(kind, name, year, input, result, snap, null);
	}

	private StoredCalculation store(CalculationKind kind, String name, int year, Object input, Object result,
			Map<String, ParameterValue> snap, @Nullable Programme owner) {
		String by = users.current().map(u -> u.username()).orElse("system");
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Integer size = result instanceof StoredCalculation.ProgrammeResult p ? p.participants() : null;
		jdbc.sql("insert into effects_calculation (kind, name, price_year, input_json, result_json, created_at, "
				+ "created_by, programme_id, unit_id, participants) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(kind.name(), name, year, json.writeValueAsString(input), json.writeValueAsString(result),
					Timestamp.from(clock.instant()), by, owner == null ? null : owner.id(),
					owner == null ? null : owner.unitId(), size)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		for (ParameterValue v : snap.values()) {
			jdbc.sql("insert into effects_calculation_parameter (calculation_id, param_key, param_year, version, "
					+ "param_value, unit, source, note) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(id, v.key(), v.year(), v.version(), v.value(), v.unit(), v.source(), v.note())
				.update();
		}
		return get(id);
	}

	/**
	 * A stored calculation. A programme's report is read only by those who may see the programme's aggregated
	 * figures; to anyone else it does not exist (and the attempt is audited as DENIED by the people module).
	 */
	@Transactional(noRollbackFor = NotFoundException.class)
	public StoredCalculation get(long id) {
		record Row(long id, String kind, String name, int year, Timestamp at, String by, String result,
				@Nullable Long programmeId, @Nullable Long unitId) {
		}
		Row row = jdbc.sql("select id, kind, name, price_year, created_at, created_by, result_json, programme_id, "
				+ "unit_id from effects_calculation where id = ?").param(id)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5), rs.getString(6), rs.getString(7), rs.getObject(8, Long.class),
					rs.getObject(9, Long.class)))
			.optional().orElseThrow(() -> new NotFoundException("calculation", id));
		if (row.programmeId() != null) {
			try {
				programmes.forAggregates(row.programmeId());
			}
			catch (NotFoundException e) {
				throw new NotFoundException("calculation", id);
			}
		}
		List<ParameterValue> params = jdbc.sql("select c.param_key, c.param_year, c.version, c.param_value, c.unit, "
				+ "c.source, c.note, p.changed_at, p.changed_by from effects_calculation_parameter c "
				+ "left join parameter_value p on p.param_key = c.param_key and p.param_year = c.param_year "
				+ "and p.version = c.version where c.calculation_id = ? order by c.param_key").param(id)
			.query((rs, n) -> new ParameterValue(rs.getString(1), rs.getInt(2), plain(rs.getBigDecimal(4)),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(3),
					rs.getTimestamp(8) == null ? row.at().toInstant() : rs.getTimestamp(8).toInstant(),
					rs.getString(9) == null ? "" : rs.getString(9)))
			.list();
		CalculationKind kind = CalculationKind.valueOf(row.kind());
		Scenario.Result scenario = kind == CalculationKind.SCENARIO
				? json.readValue(row.result(), Scenario.Result.class) : null;
		ExclusionCost exclusion = kind == CalculationKind.EXCLUSION
				? json.readValue(row.result(), ExclusionCost.class) : null;
		StoredCalculation.ProgrammeResult programme = kind == CalculationKind.PROGRAMME
				? json.readValue(row.result(), StoredCalculation.ProgrammeResult.class) : null;
		if (programme != null && row.unitId() != null && !maySeeFew(programme.participants(), row.unitId())) {
			throw new NotFoundException("calculation", id);
		}
		return new StoredCalculation(row.id(), kind, row.name(), row.year(), row.at().toInstant(), row.by(), scenario,
				exclusion, programme, row.programmeId(), params);
	}

	/** A line in the list of calculations. */
	public record Summary(long id, CalculationKind kind, String name, int year, java.time.Instant createdAt,
			String createdBy) {
	}

	/** The most recent calculations the user may read (programme reports only of programmes they may see). */
	@Transactional(readOnly = true)
	public List<Summary> recent(int limit) {
		java.util.Set<Long> visible = new java.util.HashSet<>();
		programmes.forAggregates().forEach(p -> visible.add(p.id()));
		return jdbc.sql("select id, kind, name, price_year, created_at, created_by, programme_id, unit_id, "
				+ "participants from effects_calculation order by id desc limit ?").param(limit * 4)
			.query((rs, n) -> {
				Long programme = rs.getObject(7, Long.class);
				return programme != null && (!visible.contains(programme) || !maySeeFew(rs.getObject(9, Integer.class),
						rs.getObject(8, Long.class))) ? null
						: new Summary(rs.getLong(1), CalculationKind.valueOf(rs.getString(2)), rs.getString(3),
								rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6));
			})
			.list().stream().filter(java.util.Objects::nonNull).limit(limit).toList();
	}

	/** The most recent reports of one programme (the caller has checked that the user may see it). */
	@Transactional(readOnly = true)
	public List<Summary> ofProgramme(long programmeId, int limit) {
		return jdbc.sql("select id, kind, name, price_year, created_at, created_by, unit_id, participants "
				+ "from effects_calculation where programme_id = ? order by id desc").param(programmeId)
			.query((rs, n) -> maySeeFew(rs.getObject(8, Integer.class), rs.getObject(7, Long.class))
					? new Summary(rs.getLong(1), CalculationKind.valueOf(rs.getString(2)), rs.getString(3),
							rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6))
					: null)
			.list().stream().filter(java.util.Objects::nonNull).limit(limit).toList();
	}

	/**
	 * Whether the signed-in user may see a programme report built from {@code participants} participations: always
	 * from the disclosure threshold up; below it only a manager of the owning unit (who sees the cases anyway).
	 */
	private boolean maySeeFew(@Nullable Integer participants, @Nullable Long unitId) {
		if (participants == null || unitId == null || participants >= settings.minParticipants()) {
			return true;
		}
		return users.current().map(u -> u.has(Role.UNIT_MANAGER) && u.canSeeUnit(unitId)).orElse(false);
	}

	private static java.math.BigDecimal plain(java.math.BigDecimal v) {
		java.math.BigDecimal s = v.stripTrailingZeros();
		return s.scale() < 0 ? s.setScale(0) : s;
	}

	private static double or(@Nullable Double value, double fallback) {
		return value == null ? fallback : value;
	}

	private static void check(List<FieldError> errors, String field, double value, double min, double max) {
		if (Double.isNaN(value) || value < min || value > max) {
			errors.add(FieldError.of(field, "validation.range", fmt(min), fmt(max)));
		}
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}

	/** The SROI adjustments and discount rate: the request's where given, else the parameter library's; checked. */
	private record Adjustments(double deadweight, double displacement, double attribution, double dropOff,
			double discountRate) {
	}

	private static Adjustments adjustments(@Nullable Double deadweight, @Nullable Double displacement,
			@Nullable Double attribution, @Nullable Double dropOff, @Nullable Double discountRate, Rates r,
			List<FieldError> errors) {
		Adjustments a = new Adjustments(or(deadweight, r.get(Rates.DEADWEIGHT)),
				or(displacement, r.get(Rates.DISPLACEMENT)), or(attribution, r.get(Rates.ATTRIBUTION)),
				or(dropOff, r.get(Rates.DROP_OFF)), or(discountRate, r.get(Rates.DISCOUNT_RATE)));
		check(errors, "deadweight", a.deadweight(), 0, 1);
		check(errors, "displacement", a.displacement(), 0, 1);
		check(errors, "attribution", a.attribution(), 0, 1);
		check(errors, "dropOff", a.dropOff(), 0, 1);
		check(errors, "discountRate", a.discountRate(), 0, 0.2);
		return a;
	}
}
