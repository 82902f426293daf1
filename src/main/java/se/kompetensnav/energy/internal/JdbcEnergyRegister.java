package se.kompetensnav.energy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.energy.Climate;
import se.kompetensnav.energy.DataCentre;
import se.kompetensnav.energy.EnergyParameters;
import se.kompetensnav.energy.EnergyRegister;
import se.kompetensnav.energy.Greenhouse;
import se.kompetensnav.energy.HeatAllocation;
import se.kompetensnav.energy.HeatDispatch;
import se.kompetensnav.energy.HeatMatching;
import se.kompetensnav.energy.HeatPump;
import se.kompetensnav.energy.HeatSink;
import se.kompetensnav.energy.HeatSource;
import se.kompetensnav.energy.HourlyProfile;
import se.kompetensnav.energy.NewSink;
import se.kompetensnav.energy.NewSource;
import se.kompetensnav.energy.SinkKind;
import se.kompetensnav.energy.SinkReport;
import se.kompetensnav.energy.SourceKind;

@Service
class JdbcEnergyRegister implements EnergyRegister {

	private final JdbcClient jdbc;

	private final EnergyValues values;

	private final Clock clock;

	JdbcEnergyRegister(JdbcClient jdbc, EnergyValues values, Clock clock) {
		this.jdbc = jdbc;
		this.values = values;
		this.clock = clock;
	}

	@Override
	@Transactional
	public HeatSource addSource(NewSource s, @Nullable HourlyProfile profile) {
		EnergyParameters p = values.current();
		List<FieldError> errors = new ArrayList<>();
		common(errors, s.name(), s.municipalityCode(), s.lat(), s.lon(), s.temperature());
		if (s.kind() == null) {
			errors.add(FieldError.of("kind", "validation.required"));
		}
		double[] shares = shares(errors, s.monthlyProfile());
		Double cop = null;
		double annual;
		if (s.kind() == SourceKind.DATA_CENTRE && s.itPowerKw() != null) {
			double outlet = s.outletTemperature() == null ? p.get("datacentre_outlet_temperature")
					: s.outletTemperature();
			if (s.itPowerKw() < 0) {
				errors.add(FieldError.of("itPowerKw", "energy.validation.negative"));
			}
			HeatPump hp = p.heatPump();
			if (!hp.possible(outlet, s.temperature())) {
				errors.add(FieldError.of("temperature", "energy.validation.lift", Math.round(hp.lift(outlet,
						s.temperature())), Math.round(p.get("heatpump_max_lift"))));
			}
			DataCentre dc = new DataCentre(Math.max(0, s.itPowerKw()), p.get("datacentre_recoverable_share"), outlet);
			annual = errors.isEmpty() ? dc.deliveredKw(hp, s.temperature()) * Climate.HOURS / 1000 : 0;
			cop = errors.isEmpty() ? hp.cop(outlet, s.temperature()).orElse(null) : null;
		}
		else if (profile != null) {
			annual = profile.annualMwh();
		}
		else if (s.annualMwh() == null) {
			errors.add(FieldError.of("annualMwh", "validation.required"));
			annual = 0;
		}
		else {
			if (s.annualMwh() < 0) {
				errors.add(FieldError.of("annualMwh", "energy.validation.negative"));
			}
			annual = s.annualMwh();
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into energy_source (name, kind, municipality_code, lat, lon, temperature, annual_mwh, "
				+ "it_power_kw, outlet_temperature, cop, monthly_profile, demo, created_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(s.name().strip(), s.kind().name(), s.municipalityCode(), s.lat(), s.lon(), s.temperature(),
					annual, s.itPowerKw(), s.kind() == SourceKind.DATA_CENTRE ? s.outletTemperature() : null, cop,
					profileText(shares), false, Timestamp.from(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		if (profile != null) {
			storeProfile(SOURCE, id, profile);
			jdbc.sql("update energy_source set annual_mwh = ? where id = ?").params(profile.annualMwh(), id).update();
		}
		return source(id);
	}

	@Override
	@Transactional
	public HeatSink addSink(NewSink s, @Nullable HourlyProfile profile) {
		EnergyParameters p = values.current();
		List<FieldError> errors = new ArrayList<>();
		common(errors, s.name(), s.municipalityCode(), s.lat(), s.lon(), s.temperature());
		if (s.kind() == null) {
			errors.add(FieldError.of("kind", "validation.required"));
		}
		double[] shares = shares(errors, s.monthlyProfile());
		Double design = null;
		double annual = 0;
		double setpoint = s.setpoint() == null ? p.get("greenhouse_setpoint") : s.setpoint();
		if (s.floorArea() != null) {
			if (s.floorArea() <= 0) {
				errors.add(FieldError.of("floorArea", "energy.validation.area"));
			}
			if (setpoint < 0 || setpoint > 40) {
				errors.add(FieldError.of("setpoint", "energy.validation.range", 0, 40));
			}
			if (errors.isEmpty() && profile == null) {
				Greenhouse g = p.greenhouse(s.floorArea(), setpoint);
				Climate c = values.climate();
				annual = g.annualKwh(c) / 1000;
				design = g.designLoadKw(c.designTemperature());
			}
		}
		else if (profile != null) {
			annual = profile.annualMwh();
		}
		else if (s.annualMwh() == null) {
			errors.add(FieldError.of(s.kind() == SinkKind.GREENHOUSE ? "floorArea" : "annualMwh",
					"validation.required"));
		}
		else if (s.annualMwh() < 0) {
			errors.add(FieldError.of("annualMwh", "energy.validation.negative"));
		}
		else {
			annual = s.annualMwh();
		}
		if (s.trainingPlaces() != null && s.trainingPlaces() < 0) {
			errors.add(FieldError.of("trainingPlaces", "energy.validation.negative"));
		}
		if (s.produceTonnes() != null && s.produceTonnes() < 0) {
			errors.add(FieldError.of("produceTonnes", "energy.validation.negative"));
		}
		if (s.trainingProgramme() != null && s.trainingProgramme().length() > 200) {
			errors.add(FieldError.of("trainingProgramme", "validation.size", 0, 200));
		}
		if (s.produce() != null && s.produce().length() > 400) {
			errors.add(FieldError.of("produce", "validation.size", 0, 400));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (profile != null) {
			annual = profile.annualMwh();
			design = profile.peakKw();
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into energy_sink (name, kind, municipality_code, lat, lon, temperature, annual_mwh, "
				+ "design_load_kw, floor_area, setpoint, monthly_profile, training_programme, training_places, produce, "
				+ "produce_tonnes, demo, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(s.name().strip(), s.kind().name(), s.municipalityCode(), s.lat(), s.lon(), s.temperature(), annual,
					design, s.floorArea(), s.floorArea() == null ? null : setpoint, profileText(shares),
					blankToNull(s.trainingProgramme()), s.trainingPlaces(), blankToNull(s.produce()), s.produceTonnes(),
					false, Timestamp.from(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		if (profile != null) {
			storeProfile(SINK, id, profile);
		}
		return sink(id);
	}

	private static final String SOURCE = "SOURCE";

	private static final String SINK = "SINK";

	@Override
	@Transactional
	public HeatSource setSourceProfile(long sourceId, HourlyProfile profile) {
		source(sourceId);
		storeProfile(SOURCE, sourceId, profile);
		jdbc.sql("update energy_source set annual_mwh = ? where id = ?").params(profile.annualMwh(), sourceId)
			.update();
		return source(sourceId);
	}

	@Override
	@Transactional
	public HeatSink setSinkProfile(long sinkId, HourlyProfile profile) {
		sink(sinkId);
		storeProfile(SINK, sinkId, profile);
		jdbc.sql("update energy_sink set annual_mwh = ?, design_load_kw = ? where id = ?")
			.params(profile.annualMwh(), profile.peakKw(), sinkId).update();
		return sink(sinkId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HourlyProfile> sourceProfile(long sourceId) {
		source(sourceId);
		return Optional.ofNullable(profiles(SOURCE, sourceId).get(sourceId));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HourlyProfile> sinkProfile(long sinkId) {
		sink(sinkId);
		return Optional.ofNullable(profiles(SINK, sinkId).get(sinkId));
	}

	private void storeProfile(String type, long id, HourlyProfile profile) {
		jdbc.sql("delete from energy_hourly_profile where owner_type = ? and owner_id = ?").params(type, id).update();
		jdbc.sql("insert into energy_hourly_profile (owner_type, owner_id, kw_series, annual_mwh, peak_kw, updated_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(type, id, profile.text(), profile.annualMwh(), profile.peakKw(), Timestamp.from(clock.instant()))
			.update();
	}

	/** The profiles of one owner type (all when {@code id} is null). */
	private Map<Long, HourlyProfile> profiles(String type, @Nullable Long id) {
		Map<Long, HourlyProfile> out = new HashMap<>();
		String sql = "select owner_id, kw_series from energy_hourly_profile where owner_type = ?"
				+ (id == null ? "" : " and owner_id = ?");
		var spec = jdbc.sql(sql).param(type);
		if (id != null) {
			spec = spec.param(id);
		}
		spec.query((rs, n) -> {
			out.put(rs.getLong(1), HourlyProfile.ofText(rs.getString(2)));
			return null;
		}).list();
		return out;
	}

	@Override
	@Transactional(readOnly = true)
	public HeatAllocation.Result allocation(long sourceId, HeatAllocation.Rule rule, List<Long> sinkIds) {
		HeatSource source = source(sourceId);
		EnergyParameters p = values.current();
		Map<Long, HourlyProfile> sourceProfiles = profiles(SOURCE, null);
		Map<Long, HourlyProfile> sinkProfiles = profiles(SINK, null);
		HeatMatching.Source model = toModel(source, sourceProfiles);
		List<HeatAllocation.Share> shares = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		if (sinkIds.isEmpty()) {
			List<HeatMatching.Source> all = sources().stream().map(x -> toModel(x, sourceProfiles)).toList();
			for (HeatSink sink : sinks()) {
				HeatMatching.SinkMatches m = HeatMatching.matchSink(toModel(sink, p, sinkProfiles), all, p.matching());
				if (!m.ranked().isEmpty() && m.ranked().getFirst().source().id() == sourceId) {
					shares.add(new HeatAllocation.Share(m.sink(), m.ranked().getFirst()));
				}
			}
		}
		else {
			for (Long id : sinkIds.stream().distinct().toList()) {
				HeatSink sink = sink(id);
				HeatMatching.SinkMatches m = HeatMatching.matchSink(toModel(sink, p, sinkProfiles), List.of(model),
						p.matching());
				if (m.ranked().isEmpty()) {
					errors.add(FieldError.of("sink", "energy.validation.notCandidate", sink.name(), source.name()));
				}
				else {
					shares.add(new HeatAllocation.Share(m.sink(), m.ranked().getFirst()));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return HeatAllocation.allocate(model, shares, rule, p.matching());
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeatAllocation.Result> sharedSources(HeatAllocation.Rule rule) {
		EnergyParameters p = values.current();
		Map<Long, HourlyProfile> sourceProfiles = profiles(SOURCE, null);
		Map<Long, HourlyProfile> sinkProfiles = profiles(SINK, null);
		List<HeatMatching.Source> all = sources().stream().map(x -> toModel(x, sourceProfiles)).toList();
		Map<Long, List<HeatAllocation.Share>> bySource = new java.util.LinkedHashMap<>();
		for (HeatSink sink : sinks()) {
			HeatMatching.SinkMatches m = HeatMatching.matchSink(toModel(sink, p, sinkProfiles), all, p.matching());
			if (!m.ranked().isEmpty()) {
				HeatMatching.Candidate best = m.ranked().getFirst();
				bySource.computeIfAbsent(best.source().id(), k -> new ArrayList<>())
					.add(new HeatAllocation.Share(m.sink(), best));
			}
		}
		List<HeatAllocation.Result> out = new ArrayList<>();
		for (HeatMatching.Source src : all) {
			List<HeatAllocation.Share> shares = bySource.get(src.id());
			if (shares != null && shares.size() >= 2) {
				out.add(HeatAllocation.allocate(src, shares, rule, p.matching()));
			}
		}
		return out;
	}

	@Override
	@Transactional(readOnly = true)
	public HeatDispatch.Result dispatch() {
		EnergyParameters p = values.current();
		Map<Long, HourlyProfile> sourceProfiles = profiles(SOURCE, null);
		Map<Long, HourlyProfile> sinkProfiles = profiles(SINK, null);
		List<HeatMatching.Source> all = sources().stream().map(x -> toModel(x, sourceProfiles)).toList();
		List<HeatMatching.SinkMatches> matches = new ArrayList<>();
		for (HeatSink sink : sinks()) {
			matches.add(HeatMatching.matchSink(toModel(sink, p, sinkProfiles), all, p.matching()));
		}
		return HeatDispatch.dispatch(matches, p.matching());
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static void common(List<FieldError> errors, @Nullable String name, @Nullable String municipality,
			double lat, double lon, double temperature) {
		if (name == null || name.isBlank()) {
			errors.add(FieldError.of("name", "validation.required"));
		}
		else if (name.length() > 200) {
			errors.add(FieldError.of("name", "validation.size", 1, 200));
		}
		if (municipality == null || !municipality.matches("\\d{4}")) {
			errors.add(FieldError.of("municipalityCode", "energy.validation.municipality"));
		}
		if (!(lat >= -90 && lat <= 90)) {
			errors.add(FieldError.of("lat", "energy.validation.range", -90, 90));
		}
		if (!(lon >= -180 && lon <= 180)) {
			errors.add(FieldError.of("lon", "energy.validation.range", -180, 180));
		}
		if (!(temperature >= -50 && temperature <= 200)) {
			errors.add(FieldError.of("temperature", "energy.validation.range", -50, 200));
		}
	}

	private static double @Nullable [] shares(List<FieldError> errors, @Nullable List<Double> profile) {
		if (profile == null || profile.isEmpty()) {
			return null;
		}
		if (profile.size() != 12) {
			errors.add(FieldError.of("monthlyProfile", "energy.validation.profile"));
			return null;
		}
		double[] v = profile.stream().mapToDouble(d -> d == null ? -1 : d).toArray();
		double sum = Arrays.stream(v).sum();
		if (Arrays.stream(v).anyMatch(d -> d < 0) || sum <= 0) {
			errors.add(FieldError.of("monthlyProfile", "energy.validation.profile"));
			return null;
		}
		for (int i = 0; i < 12; i++) {
			v[i] /= sum;
		}
		return v;
	}

	private static @Nullable String profileText(double @Nullable [] shares) {
		if (shares == null) {
			return null;
		}
		StringBuilder sb = new StringBuilder();
		for (double d : shares) {
			sb.append(sb.isEmpty() ? "" : ",").append(Math.round(d * 1e6) / 1e6);
		}
		return sb.toString();
	}

	private static double @Nullable [] parseProfile(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeatSource> sources() {
		Map<Long, HourlyProfile> profiles = profiles(SOURCE, null);
		return jdbc.sql("select * from energy_source order by name, id")
			.query((rs, n) -> mapSource(rs, profiles)).list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<HeatSink> sinks() {
		Map<Long, HourlyProfile> profiles = profiles(SINK, null);
		return jdbc.sql("select * from energy_sink order by name, id").query((rs, n) -> mapSink(rs, profiles))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public HeatSource source(long id) {
		Map<Long, HourlyProfile> profiles = profiles(SOURCE, id);
		return jdbc.sql("select * from energy_source where id = ?").param(id)
			.query((rs, n) -> mapSource(rs, profiles)).optional()
			.orElseThrow(() -> new NotFoundException("heat source", id));
	}

	@Override
	@Transactional(readOnly = true)
	public HeatSink sink(long id) {
		Map<Long, HourlyProfile> profiles = profiles(SINK, id);
		return jdbc.sql("select * from energy_sink where id = ?").param(id).query((rs, n) -> mapSink(rs, profiles))
			.optional()
			.orElseThrow(() -> new NotFoundException("heat sink", id));
	}

	@Override
	@Transactional(readOnly = true)
	public SinkReport matches(long sinkId) {
		HeatSink sink = sink(sinkId);
		EnergyParameters p = values.current();
		Map<Long, HourlyProfile> sourceProfiles = profiles(SOURCE, null);
		List<HeatMatching.Source> sources = sources().stream().map(s -> toModel(s, sourceProfiles)).toList();
		return report(sink, HeatMatching.matchSink(toModel(sink, p, profiles(SINK, sinkId)), sources, p.matching()),
				p);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SinkReport> allMatches() {
		EnergyParameters p = values.current();
		Map<Long, HourlyProfile> sourceProfiles = profiles(SOURCE, null);
		Map<Long, HourlyProfile> sinkProfiles = profiles(SINK, null);
		List<HeatMatching.Source> sources = sources().stream().map(s -> toModel(s, sourceProfiles)).toList();
		List<SinkReport> out = new ArrayList<>();
		for (HeatSink sink : sinks()) {
			out.add(report(sink, HeatMatching.matchSink(toModel(sink, p, sinkProfiles), sources, p.matching()), p));
		}
		return out;
	}

	private static SinkReport report(HeatSink sink, HeatMatching.SinkMatches m, EnergyParameters p) {
		List<SinkReport.Match> ranked = new ArrayList<>();
		int rank = 1;
		for (HeatMatching.Candidate c : m.ranked()) {
			ranked.add(new SinkReport.Match(rank++, c.source().id(), c.source().name(), c.source().lat(),
					c.source().lon(), c.routeKm(), c.lift(), c.cop(), c.designKw(), c.matchedMwh(), c.coverage(),
					c.lossMwh(), c.investment(), c.electricityMwh(), c.costPerMwh()));
		}
		List<SinkReport.Left> left = m.excluded().stream()
			.map(e -> new SinkReport.Left(e.source().id(), e.source().name(), e.reason().name(), e.routeKm(),
					e.lift()))
			.toList();
		return new SinkReport(sink, ranked, left, (int) Math.round(p.get("match_lifetime_years")),
				p.get("match_discount_rate"), p.get("match_max_distance_km"));
	}

	/** The hourly profile when there is one; else the monthly heat spread evenly over each month's hours. */
	HeatMatching.Source toModel(HeatSource s, Map<Long, HourlyProfile> profiles) {
		HourlyProfile profile = profiles.get(s.id());
		if (profile != null) {
			return new HeatMatching.Source(s.id(), s.name(), s.lat(), s.lon(), s.temperature(), profile.kw());
		}
		double[] monthlyKw = new double[12];
		for (int m = 0; m < 12; m++) {
			monthlyKw[m] = s.monthlyMwh().get(m) * 1000 / Climate.hoursIn(m);
		}
		return new HeatMatching.Source(s.id(), s.name(), s.lat(), s.lon(), s.temperature(),
				HeatMatching.hourly(monthlyKw));
	}

	/**
	 * The hourly profile when there is one; else a greenhouse's hourly demand from the model, other sinks' monthly heat
	 * spread over each month's hours.
	 */
	HeatMatching.Sink toModel(HeatSink s, EnergyParameters p, Map<Long, HourlyProfile> profiles) {
		double[] hourly;
		Double setpoint = s.setpoint();
		HourlyProfile profile = profiles.get(s.id());
		if (profile != null) {
			hourly = profile.kw();
		}
		else if (s.floorArea() != null) {
			Greenhouse g = p.greenhouse(s.floorArea(), setpoint == null ? p.get("greenhouse_setpoint") : setpoint);
			hourly = g.hourlyDemandKw(values.climate().hourly());
		}
		else {
			double[] monthlyKw = new double[12];
			for (int m = 0; m < 12; m++) {
				monthlyKw[m] = s.monthlyMwh().get(m) * 1000 / Climate.hoursIn(m);
			}
			hourly = HeatMatching.hourly(monthlyKw);
		}
		return new HeatMatching.Sink(s.id(), s.name(), s.lat(), s.lon(), s.temperature(), hourly);
	}

	private HeatSource mapSource(ResultSet rs, Map<Long, HourlyProfile> profiles) throws SQLException {
		double annual = rs.getDouble("annual_mwh");
		double[] shares = parseProfile(rs.getString("monthly_profile"));
		HourlyProfile hourly = profiles.get(rs.getLong("id"));
		return new HeatSource(rs.getLong("id"), rs.getString("name"), SourceKind.valueOf(rs.getString("kind")),
				rs.getString("municipality_code"), rs.getDouble("lat"), rs.getDouble("lon"), rs.getDouble("temperature"),
				annual, rs.getObject("it_power_kw", Double.class),
				rs.getObject("outlet_temperature", Double.class), rs.getObject("cop", Double.class),
				hourly != null ? hourly.monthlyMwh() : monthly(annual, shares == null ? flat() : shares),
				rs.getBoolean("demo"), hourly != null);
	}

	private HeatSink mapSink(ResultSet rs, Map<Long, HourlyProfile> profiles) throws SQLException {
		HourlyProfile hourly = profiles.get(rs.getLong("id"));
		double annual = rs.getDouble("annual_mwh");
		SinkKind kind = SinkKind.valueOf(rs.getString("kind"));
		Double floor = rs.getObject("floor_area", Double.class);
		Double setpoint = rs.getObject("setpoint", Double.class);
		double[] shares = parseProfile(rs.getString("monthly_profile"));
		List<Double> monthly;
		if (hourly != null) {
			monthly = hourly.monthlyMwh();
		}
		else if (floor != null) {
			EnergyParameters p = values.current();
			Greenhouse g = p.greenhouse(floor, setpoint == null ? p.get("greenhouse_setpoint") : setpoint);
			double[] byMonth = HeatMatching.monthly(g.hourlyDemandKw(values.climate().hourly()));
			monthly = new ArrayList<>();
			for (int m = 0; m < 12; m++) {
				monthly.add(byMonth[m] * Climate.hoursIn(m) / 1000);
			}
		}
		else {
			monthly = monthly(annual, shares != null ? shares : defaultShares(kind));
		}
		Integer places = rs.getObject("training_places", Integer.class);
		return new HeatSink(rs.getLong("id"), rs.getString("name"), kind, rs.getString("municipality_code"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getDouble("temperature"), annual,
				rs.getObject("design_load_kw", Double.class), floor, setpoint, monthly, rs.getString("training_programme"),
				places, rs.getString("produce"), rs.getObject("produce_tonnes", Double.class), rs.getBoolean("demo"),
				hourly != null);
	}

	private static double[] flat() {
		double[] s = new double[12];
		for (int m = 0; m < 12; m++) {
			s[m] = Climate.hoursIn(m) / (double) Climate.HOURS;
		}
		return s;
	}

	/** Space heating follows degree-hours below 17 °C; 20 % of the year's heat (hot water, process) is flat. */
	private double[] defaultShares(SinkKind kind) {
		if (kind != SinkKind.DISTRICT_HEATING && kind != SinkKind.BUILDING) {
			return flat();
		}
		double[] dh = values.climate().degreeHours(17);
		double total = Arrays.stream(dh).sum();
		double[] flat = flat();
		double[] s = new double[12];
		for (int m = 0; m < 12; m++) {
			s[m] = 0.2 * flat[m] + 0.8 * dh[m] / total;
		}
		return s;
	}

	private static List<Double> monthly(double annual, double[] shares) {
		List<Double> out = new ArrayList<>(12);
		for (double s : shares) {
			out.add(annual * s);
		}
		return out;
	}
}
