package se.kompetensnav.people.esf;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.StatisticalRecord;
import se.kompetensnav.people.internal.CaseAccess;
import se.kompetensnav.people.internal.Participant;
import se.kompetensnav.people.internal.ParticipantRepository;
import se.kompetensnav.people.internal.PeopleSettings;
import se.kompetensnav.people.internal.PlanRepository;

/**
 * Representative samples for the six-month indicators (EECR05, EECR06) of a programme: drawn by
 * {@link RepresentativeSample} from the participations that left in a period (pseudonymised statistical records,
 * culled ones included), stored with seed, method and strata so that the draw can be checked and repeated, and
 * reported as observed counts in the sample and estimates for the population. Drawing is for the unit managers of
 * the owning unit; the report (aggregates) is open to those who may see the ESF+ report.
 */
@Service
@Transactional
public class SampleService {

	static final String SUBJECT = "esf-sample";

	/** What is asked for: the exit period, the sample size and (optionally) the seed. */
	public record SampleInput(@Nullable String exitFrom, @Nullable String exitTo, @Nullable String size,
			@Nullable String seed) {
	}

	/** A stratum: its population, how many were drawn and how many of those have a six-month follow-up. */
	public record StratumRow(String stratum, int population, int drawn, int responded) {
	}

	/** An indicator counted in the sample (responding members) and estimated for the population. */
	public record Estimate(String code, IndicatorRow observed, IndicatorRow estimated) {
	}

	public record SampleReport(long id, long programmeId, LocalDate exitFrom, LocalDate exitTo, long seed,
			int population, int sampleSize, int responded, String method, String drawnBy, Instant drawnAt,
			List<StratumRow> strata, List<Estimate> indicators) {
	}

	/** A member of the sample; {@code participantId} only while the case exists and the user may see it. */
	public record Member(String pseudonym, String stratum, @Nullable Long participantId) {
	}

	private final JdbcClient jdbc;

	private final EsfReportService esf;

	private final PlanRepository plans;

	private final ParticipantRepository participants;

	private final PeopleSettings settings;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final Clock clock;

	SampleService(JdbcClient jdbc, EsfReportService esf, PlanRepository plans, ParticipantRepository participants,
			PeopleSettings settings, CurrentUsers users, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.esf = esf;
		this.plans = plans;
		this.participants = participants;
		this.settings = settings;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the user may draw samples for the programme (unit managers of the owning unit). */
	@Transactional(readOnly = true)
	public boolean mayDraw(Programme p) {
		CurrentUser user = users.current().orElse(null);
		return user != null && user.has(Role.UNIT_MANAGER) && user.canSeeUnit(p.unitId());
	}

	public SampleReport draw(long programmeId, SampleInput input) {
		Programme p = esf.programme(programmeId);
		if (!mayDraw(p)) {
			throw new NotFoundException("programme", programmeId);
		}
		List<FieldError> errors = new ArrayList<>();
		LocalDate from = date("exitFrom", input.exitFrom(), errors);
		LocalDate to = date("exitTo", input.exitTo(), errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.add(FieldError.of("exitTo", "people.error.endBeforeStart"));
		}
		Integer size = null;
		try {
			size = Integer.valueOf(input.size() == null ? "" : input.size().trim());
			if (size < 1 || size > 100_000) {
				errors.add(FieldError.of("size", "people.error.range", 1, 100_000));
			}
		}
		catch (NumberFormatException e) {
			errors.add(FieldError.of("size", "people.error.range", 1, 100_000));
		}
		long seed = clock.millis();
		if (input.seed() != null && !input.seed().isBlank()) {
			try {
				seed = Long.parseLong(input.seed().trim());
			}
			catch (NumberFormatException e) {
				errors.add(FieldError.of("seed", "people.error.seed"));
			}
		}
		List<StatisticalRecord> population = from == null || to == null ? List.of() : population(p.id(), from, to);
		if (errors.isEmpty() && population.isEmpty()) {
			errors.add(FieldError.of("exitFrom", "people.error.sampleEmpty"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		RepresentativeSample.Draw draw = RepresentativeSample.draw(population.stream()
			.map(r -> new RepresentativeSample.Unit(r.pseudonym(), stratum(r))).toList(), size, seed);
		var keys = new GeneratedKeyHolder();
		String by = users.require().username();
		jdbc.sql("""
				insert into ppl_sample (programme_id, exit_from, exit_to, sample_size, seed, population, method, drawn_by,
				  drawn_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), Date.valueOf(from), Date.valueOf(to), draw.members().size(), seed, population.size(),
					RepresentativeSample.METHOD, by, Timestamp.from(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (RepresentativeSample.Unit u : draw.members()) {
			jdbc.sql("insert into ppl_sample_member (sample_id, pseudonym, stratum) values (?, ?, ?)")
				.params(id, u.ref(), u.stratum()).update();
		}
		for (RepresentativeSample.Stratum s : draw.strata()) {
			jdbc.sql("insert into ppl_sample_stratum (sample_id, stratum, population, drawn) values (?, ?, ?, ?)")
				.params(id, s.name(), s.population(), s.drawn()).update();
		}
		audit.record(AuditAction.CREATE, SUBJECT, id, null, "ESF+ six-month indicators",
				"programme " + p.id() + ", " + draw.members().size() + " of " + population.size() + ", seed " + seed);
		return report(programmeId, id);
	}

	@Transactional(readOnly = true)
	public List<SampleReport> list(long programmeId) {
		Programme p = esf.programme(programmeId);
		return jdbc.sql("select id from ppl_sample where programme_id = ? order by id desc").param(p.id())
			.query(Long.class).list().stream().map(id -> report(p.id(), id)).toList();
	}

	/** The stored sample with its counts: observed among the responding members, estimated for the population. */
	@Transactional(readOnly = true)
	public SampleReport report(long programmeId, long sampleId) {
		Programme p = esf.programme(programmeId);
		record Head(long id, LocalDate from, LocalDate to, long seed, int population, int size, String method,
				String by, Instant at) {
		}
		Head h = jdbc.sql("select id, exit_from, exit_to, seed, population, sample_size, method, drawn_by, drawn_at "
				+ "from ppl_sample where id = ? and programme_id = ?").params(sampleId, p.id())
			.query((rs, n) -> new Head(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
					rs.getLong(4), rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8),
					rs.getTimestamp(9).toInstant()))
			.optional().orElseThrow(() -> new NotFoundException("sample", sampleId));
		Map<String, int[]> strata = new java.util.TreeMap<>();
		jdbc.sql("select stratum, population, drawn from ppl_sample_stratum where sample_id = ?").param(sampleId)
			.query((rs, n) -> strata.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3) })).list();
		Map<String, String> members = new HashMap<>();
		jdbc.sql("select pseudonym, stratum from ppl_sample_member where sample_id = ?").param(sampleId)
			.query((rs, n) -> members.put(rs.getString(1), rs.getString(2))).list();
		List<StatisticalRecord> responding = plans.statisticalRecords(p.id(), settings.ltuRule()).stream()
			.filter(r -> members.containsKey(r.pseudonym()) && r.afterSixMonths() != null).toList();
		Map<String, Long> respondedByStratum = responding.stream()
			.collect(Collectors.groupingBy(r -> members.get(r.pseudonym()), Collectors.counting()));
		List<StratumRow> rows = new ArrayList<>();
		Map<String, Double> weight = new HashMap<>();
		strata.forEach((name, v) -> {
			int r = respondedByStratum.getOrDefault(name, 0L).intValue();
			rows.add(new StratumRow(name, v[0], v[1], r));
			weight.put(name, r == 0 ? 0 : (double) v[0] / r);
		});
		List<Estimate> indicators = List.of(
				estimate("EECR05", responding, members, weight, r -> r.afterSixMonths() == ExitSituation.EMPLOYED),
				estimate("EECR06", responding, members, weight, StatisticalRecord::improvedSituation));
		return new SampleReport(h.id(), p.id(), h.from(), h.to(), h.seed(), h.population(), h.size(),
				responding.size(), h.method(), h.by(), h.at(), rows, indicators);
	}

	/** The members, for following them up: case ids only for those the user may see (each audited). */
	public List<Member> members(long programmeId, long sampleId) {
		Programme p = esf.programme(programmeId);
		CurrentUser user = users.require();
		if (!CaseAccess.canWorkIn(user, p.unitId())) {
			throw new NotFoundException("sample", sampleId);
		}
		report(programmeId, sampleId);
		Map<String, Participant> byPseudonym = new HashMap<>();
		participants.byProgramme(p.id()).forEach(x -> byPseudonym.put(x.pseudonym(), x));
		List<Member> out = new ArrayList<>();
		jdbc.sql("select pseudonym, stratum from ppl_sample_member where sample_id = ? order by stratum, pseudonym")
			.param(sampleId).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list()
			.forEach(m -> {
				Participant x = byPseudonym.get(m[0]);
				Long id = null;
				if (x != null && CaseAccess.canSee(user, x.unitId(), x.consultantId())) {
					id = x.id();
					audit.record(AuditAction.SEARCH, "participant", x.id(), x.pseudonym(), "ESF+ sample follow-up");
				}
				out.add(new Member(m[0], m[1], id));
			});
		return out;
	}

	private static Estimate estimate(String code, List<StatisticalRecord> responding, Map<String, String> members,
			Map<String, Double> weight, Predicate<StatisticalRecord> counts) {
		int[] observed = new int[3];
		double[] estimated = new double[3];
		for (StatisticalRecord r : responding) {
			if (counts.test(r)) {
				int g = r.gender() == Gender.WOMAN ? 0 : r.gender() == Gender.MAN ? 1 : 2;
				observed[g]++;
				estimated[g] += weight.getOrDefault(members.get(r.pseudonym()), 0.0);
			}
		}
		int w = (int) Math.round(estimated[0]);
		int m = (int) Math.round(estimated[1]);
		int nb = (int) Math.round(estimated[2]);
		return new Estimate(code, new IndicatorRow(code, observed[0], observed[1], observed[2],
				observed[0] + observed[1] + observed[2]),
				new IndicatorRow(code, w, m, nb, (int) Math.round(estimated[0] + estimated[1] + estimated[2])));
	}

	/** The participations that left the programme in the period (current and culled). */
	List<StatisticalRecord> population(long programmeId, LocalDate from, LocalDate to) {
		return plans.statisticalRecords(programmeId, settings.ltuRule()).stream()
			.filter(r -> r.exitDate() != null && !r.exitDate().isBefore(from) && !r.exitDate().isAfter(to)).toList();
	}

	static String stratum(StatisticalRecord r) {
		return RepresentativeSample.stratum(r.gender().name(), r.ageAtEntry());
	}

	private static @Nullable LocalDate date(String field, @Nullable String value, List<FieldError> errors) {
		try {
			return LocalDate.parse(value == null ? "" : value.trim());
		}
		catch (RuntimeException e) {
			errors.add(FieldError.of(field, "people.error.date"));
			return null;
		}
	}
}
