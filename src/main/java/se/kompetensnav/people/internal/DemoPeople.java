package se.kompetensnav.people.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.Demo;
import se.kompetensnav.common.StartupTask;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Units;
import se.kompetensnav.people.ActivityType;
import se.kompetensnav.people.Answer;
import se.kompetensnav.people.Assessor;
import se.kompetensnav.people.EnrolmentStatus;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.FollowUpKind;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.GoalStatus;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.IncomeSource;
import se.kompetensnav.people.KeyCompetence;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.TargetGroup;

/**
 * Demo data: "Växtzon oändlig" in Boden (ESF+, 114 places, work training in the greenhouse at Boden Plug and Play)
 * with about 150 generated participants over the last two years, and a small Luleå programme with a waiting list.
 * Fixed seed, every name marked "(demo)", no personnummer (a generated one could belong to a real person).
 */
@Component
class DemoPeople implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	static final String VAXTZON = "Växtzon oändlig (demo)";

	static final String LULEA = "Arbetsmarknadsinsats Luleå (demo)";

	static final String[] WOMEN = { "Anna", "Maria", "Sara", "Elin", "Emma", "Linnea", "Hanna", "Fatima", "Amina",
			"Sofia", "Ida", "Johanna", "Malin", "Aisha", "Nour", "Karin", "Lena", "Sanna", "Tove", "Aurora" };

	static final String[] MEN = { "Erik", "Johan", "Anders", "Mikael", "Ahmed", "Mohammed", "Oskar", "Jonas", "Niklas",
			"Lars", "Peter", "Ali", "Omar", "Viktor", "Henrik", "Simon", "Tobias", "Filip", "Jesper", "Nils" };

	static final String[] NON_BINARY = { "Kim", "Robin", "Alex", "Love", "Sam" };

	static final String[] FAMILY = { "Lindqvist", "Nilsson", "Johansson", "Lundberg", "Öberg", "Stenlund", "Granström",
			"Hedman", "Lindström", "Marklund", "Berglund", "Nordin", "Hassan", "Abdi", "Karlsson", "Sundqvist",
			"Wikström", "Rova", "Isaksson", "Holmgren", "Jonsson", "Pettersson" };

	static final String[] INTERNSHIPS = { "Odling i växthuset", "Skötsel av hydroponiska odlingar",
			"Skörd och packning", "Butik och försäljning av grönsaker", "Fastighetsskötsel", "Lager och logistik" };

	static final String[] COURSES = { "Svenska för yrkeslivet", "Digital grundkurs", "Truckkort",
			"Hygien och livsmedelssäkerhet", "Grön odling, grundkurs", "Körkortsteori" };

	/** Occupation names (JobTech): Odlingsarbetare trädgård, Trädgårdsmästare odling, Köksbiträde,
	 * Butikssäljare dagligvaror, Lagerarbetare, Fastighetsskötare. */
	static final String[] WANTED = { "ZwCN_YoJ_coi", "43oy_qgN_eds", "oRB5_b7i_Qzv", "pBhS_6fg_727", "DLEi_bTh_oLA",
			"gD5N_mCM_ea5" };

	static final String[] EXPERIENCED = { "oRB5_b7i_Qzv", "pBhS_6fg_727", "DLEi_bTh_oLA" };

	/** Svetsare, and skills from the taxonomy: Växthusarbete, Ritningsläsning, MMA (metallbågssvetsning). */
	static final String WELDER = "rxrQ_Nyy_k6y";

	static final String GREENHOUSE_WORK = "2ZCT_iLL_F2v";

	static final String DRAWING_READING = "aHCV_VsV_LiD";

	static final String MMA_WELDING = "JUpW_QCd_vCM";

	private final JdbcTemplate jdbc;

	private final ProgrammeRepository programmes;

	private final Units units;

	private final Staff staff;

	private final Demo demo;

	private final AuditLog audit;

	private final Clock clock;

	private final SupplySummary summary;

	DemoPeople(JdbcTemplate jdbc, ProgrammeRepository programmes, Units units,
			Staff staff, Demo demo, AuditLog audit, Clock clock, SupplySummary summary) {
		this.summary = summary;
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.units = units;
		this.staff = staff;
		this.demo = demo;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public String name() {
		return "people demo data";
	}

	@Override
	@Transactional
	public void run() {
		if (!demo.enabled() || programmes.findByName(VAXTZON).isPresent()) {
			return;
		}
		OrgUnit boden = units.findByCode("jobbcenter-boden").orElse(null);
		OrgUnit lulea = units.findByCode("arbetsmarknad-lulea").orElse(null);
		Staff.Member konsulent = staff.byUsername("konsulent").orElse(null);
		Staff.Member chef = staff.byUsername("chef").orElse(null);
		Staff.Member luleaKonsulent = staff.byUsername("konsulent.lulea").orElse(null);
		if (boden == null || lulea == null || konsulent == null || chef == null || luleaKonsulent == null) {
			log.warn("Demo units or accounts missing: no people demo data");
			return;
		}
		LocalDate today = LocalDate.now(clock);
		Random random = new Random(20220831L);
		LocalDate start = today.minusYears(2).withDayOfMonth(1);
		long vaxtzon = programmes.insert(new Programme(0, VAXTZON, boden.id(),
				"Europeiska socialfonden (ESF+) och Bodens kommun", "ESF-DEMO-2582", start, today.plusYears(1), 114,
				EnumSet.allOf(TargetGroup.class),
				List.of("Växthuset på Boden Plug and Play (värms med spillvärme från en serverhall)",
						"Jobbcenter, Bodens kommun"),
				true));
		programmes.addStaff(vaxtzon, konsulent.id(), "Arbetsmarknadskonsulent");
		programmes.addStaff(vaxtzon, chef.id(), "Enhetschef");
		Batch batch = new Batch();
		List<Participant> generated = new ArrayList<>();
		List<LocalDate> activeExits = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			LocalDate entry = start.plusDays((long) (i * (730.0 / 150)) + random.nextInt(4));
			if (entry.isAfter(today)) {
				entry = today;
			}
			final LocalDate e = entry;
			activeExits.removeIf(x -> !x.isAfter(e));
			Long consultant = random.nextDouble() < 0.85 ? konsulent.id() : null;
			Participant p = generate(random, vaxtzon, boden.id(), consultant, "2582", entry, today,
					activeExits.size() < 114 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING);
			generated.add(p);
			if (p.status() != EnrolmentStatus.WAITING) {
				activeExits.add(p.exitDate() == null ? LocalDate.MAX : p.exitDate());
			}
		}
		long luleaProgramme = programmes.insert(new Programme(0, LULEA, lulea.id(), "Luleå kommun", null,
				today.minusMonths(6), today.plusMonths(18), 5, EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED,
						TargetGroup.INCOME_SUPPORT),
				List.of("Arbetsmarknadsenheten, Luleå"), true));
		programmes.addStaff(luleaProgramme, luleaKonsulent.id(), "Arbetsmarknadskonsulent");
		for (int i = 0; i < 7; i++) {
			LocalDate entry = today.minusMonths(5).plusDays(i * 7L);
			Participant p = generate(random, luleaProgramme, lulea.id(), luleaKonsulent.id(), "2580", entry, today,
					i < 5 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING);
			// Still in the programme (five places) or waiting, in order of application.
			generated.add(new Participant(p.id(), p.programmeId(), p.unitId(), p.consultantId(), p.givenName(),
					p.familyName(), p.personnummer(), p.birthDate(), p.gender(), p.municipalityCode(), p.sunLevel(),
					p.labourMarketStatus(), p.unemployedSince(), p.incomeSource(), p.targetGroups(), p.languages(),
					p.drivingLicences(), p.ruralArea(), p.sensitive(), i < 5 ? EnrolmentStatus.ENROLLED
							: EnrolmentStatus.WAITING, p.appliedAt().plusSeconds(i), i < 5 ? entry : null, null, null,
					null, p.pseudonym(), true));
		}
		jdbc.batchUpdate("insert into ppl_participant (programme_id, unit_id, consultant_id, given_name, family_name, "
				+ "personnummer, birth_date, gender, municipality_code, sun_level, lm_status, unemployed_since, "
				+ "income_source, target_groups, languages, driving_licences, rural_area, health, disability, "
				+ "foreign_background, third_country, minority, homeless, status, applied_at, entry_date, exit_date, "
				+ "exit_reason, exit_situation, pseudonym, demo) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				generated.stream().map(ParticipantRepository::params).toList());
		java.util.Map<String, Long> ids = new java.util.HashMap<>();
		jdbc.query("select id, pseudonym from ppl_participant where programme_id in (?, ?)",
				rs -> {
					ids.put(rs.getString(2), rs.getLong(1));
				}, vaxtzon, luleaProgramme);
		for (Participant p : generated) {
			batch.children(random, ids.get(p.pseudonym()), p, today);
		}
		int count = generated.size();
		batch.flush();
		int shared = share(generated, ids, today);
		audit.record(AuditAction.CREATE, ParticipantService.SUBJECT, null, null, "demo data",
				count + " generated demo participants, " + shared + " of them shared for matching with consent");
		log.info("Created {} demo participants ({} shared for matching)", count, shared);
		// Written in batches around the repository: the supply summary is recomputed if it was already built.
		java.time.LocalDate asOf = summary.asOf();
		if (asOf != null) {
			summary.rebuild(asOf);
		}
	}

	/**
	 * About half of the Boden participants still in the programme have consented to being shared for matching, so
	 * that employers' candidate lists and cohort proposals have someone to show. Drawn from a random of its own, so
	 * the rest of the demo data stays as it was.
	 */
	private int share(List<Participant> generated, java.util.Map<String, Long> ids, LocalDate today) {
		Random r = new Random(2582L);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> welders = new ArrayList<>();
		List<Object[]> metalwork = new ArrayList<>();
		for (Participant p : generated) {
			if (p.status() != EnrolmentStatus.ENROLLED || p.exitDate() != null || p.entryDate() == null
					|| p.consultantId() == null || !"2582".equals(p.municipalityCode()) || r.nextDouble() >= 0.5) {
				continue;
			}
			LocalDate consent = p.entryDate().plusDays(14).isAfter(today) ? today : p.entryDate().plusDays(14);
			long id = ids.get(p.pseudonym());
			rows.add(new Object[] { id, SharingService.reference(p.pseudonym()), Date.valueOf(consent), "konsulent",
					java.sql.Timestamp.valueOf(consent.atTime(10, 0)) });
			if (rows.size() % 3 == 0) {
				// every third would rather weld and picked up some metalwork before, so the steel employer's
				// welding vacancy has candidates with something in common and a path to train them
				welders.add(new Object[] { id, WELDER, "WANTED" });
				metalwork.add(new Object[] { id, DRAWING_READING, 1 + r.nextInt(2), "INFORMAL" });
				if (r.nextBoolean()) {
					metalwork.add(new Object[] { id, MMA_WELDING, 1 + r.nextInt(2), "INFORMAL" });
				}
			}
		}
		jdbc.batchUpdate("insert into ppl_matching_share (participant_id, reference, consent_date, "
				+ "consent_recorded_by, shared_at) values (?, ?, ?, ?, ?)", rows);
		jdbc.batchUpdate("insert into ppl_occupation (participant_id, concept_id, kind) values (?, ?, ?)", welders);
		jdbc.batchUpdate("insert into ppl_skill (participant_id, concept_id, skill_level, acquired) "
				+ "values (?, ?, ?, ?)", metalwork);
		return rows.size();
	}

	private Participant generate(Random r, long programmeId, long unitId, @Nullable Long consultantId, String kommun,
			LocalDate entry, LocalDate today, EnrolmentStatus status) {
		double g = r.nextDouble();
		Gender gender = g < 0.47 ? Gender.WOMAN : g < 0.96 ? Gender.MAN : Gender.NON_BINARY;
		String given = switch (gender) {
			case WOMAN -> WOMEN[r.nextInt(WOMEN.length)];
			case MAN -> MEN[r.nextInt(MEN.length)];
			case NON_BINARY -> NON_BINARY[r.nextInt(NON_BINARY.length)];
		};
		String family = FAMILY[r.nextInt(FAMILY.length)] + " (demo)";
		Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
		boolean youth = r.nextDouble() < 0.15;
		int age = youth ? 16 + r.nextInt(5) : 20 + (int) Math.min(44, Math.abs(r.nextGaussian() * 14 + 14));
		LocalDate birth = entry.minusYears(age).minusDays(r.nextInt(365));
		LabourMarketStatus lm;
		double s = r.nextDouble();
		lm = s < 0.68 ? LabourMarketStatus.UNEMPLOYED : s < 0.95 ? LabourMarketStatus.INACTIVE
				: LabourMarketStatus.EMPLOYED;
		LocalDate unemployedSince = lm == LabourMarketStatus.UNEMPLOYED ? entry.minusMonths(1 + r.nextInt(48)) : null;
		SunLevel sun;
		double e = r.nextDouble();
		if (youth) {
			sun = SunLevel.PRE_UPPER_SECONDARY;
			groups.add(TargetGroup.YOUTH_WITHOUT_UPPER_SECONDARY);
		}
		else {
			sun = e < 0.08 ? SunLevel.PRE_UPPER_SECONDARY_SHORT : e < 0.35 ? SunLevel.PRE_UPPER_SECONDARY
					: e < 0.78 ? SunLevel.UPPER_SECONDARY : e < 0.9 ? SunLevel.POST_SECONDARY_SHORT
							: SunLevel.POST_SECONDARY_LONG;
		}
		IncomeSource income;
		double in = r.nextDouble();
		income = lm == LabourMarketStatus.EMPLOYED ? IncomeSource.SALARY
				: in < 0.42 ? IncomeSource.FORSORJNINGSSTOD : in < 0.58 ? IncomeSource.SJUKPENNING
						: in < 0.68 ? IncomeSource.AKTIVITETSERSATTNING : in < 0.83 ? IncomeSource.A_KASSA
								: in < 0.93 ? IncomeSource.NONE : IncomeSource.OTHER;
		if (income == IncomeSource.FORSORJNINGSSTOD && age >= 20) {
			groups.add(TargetGroup.INCOME_SUPPORT);
		}
		if (income == IncomeSource.SJUKPENNING) {
			groups.add(TargetGroup.LONG_TERM_SICK_LISTED);
		}
		if (unemployedSince != null && unemployedSince.plusMonths(age < 25 ? 6 : 12).isBefore(entry)) {
			groups.add(TargetGroup.LONG_TERM_UNEMPLOYED);
		}
		Answer foreign = answer(r, 0.35);
		if (foreign == Answer.YES) {
			groups.add(TargetGroup.FOREIGN_BACKGROUND);
		}
		Sensitive sensitive = new Sensitive(answer(r, 0.3), answer(r, 0.18), foreign,
				foreign == Answer.YES && r.nextBoolean() ? Answer.YES : answer(r, 0.05), answer(r, 0.05),
				answer(r, 0.04));
		LocalDate exit = null;
		ExitSituation situation = null;
		if (status == EnrolmentStatus.ENROLLED) {
			LocalDate planned = entry.plusMonths(4 + r.nextInt(10));
			if (planned.isBefore(today)) {
				exit = planned;
				double x = r.nextDouble();
				situation = x < 0.3 ? ExitSituation.EMPLOYED : x < 0.5 ? ExitSituation.IN_EDUCATION
						: x < 0.78 ? ExitSituation.JOB_SEARCHING : x < 0.88 ? ExitSituation.QUALIFICATION_GAINED
								: ExitSituation.OTHER;
			}
		}
		List<String> languages = foreign == Answer.YES
				? List.of("svenska", r.nextBoolean() ? "arabiska" : r.nextBoolean() ? "somaliska" : "dari")
				: List.of("svenska");
		return new Participant(0, programmeId, unitId, consultantId, given, family, null, birth, gender,
				r.nextDouble() < 0.9 ? kommun : "2580", sun, lm, unemployedSince, income, groups, languages,
				r.nextDouble() < 0.45 ? List.of("B") : List.of(), r.nextDouble() < 0.2, sensitive,
				exit == null ? status : EnrolmentStatus.EXITED, entry.atStartOfDay(clock.getZone()).toInstant(),
				status == EnrolmentStatus.WAITING ? null : entry, exit, exit == null ? null : "Planerat avslut",
				situation, UUID.nameUUIDFromBytes(("demo-" + programmeId + "-" + r.nextLong()).getBytes()).toString(),
				true);
	}

	/** Not asked (10 %), declined (12 %), else YES with probability {@code yes}. */
	private static @Nullable Answer answer(Random r, double yes) {
		double x = r.nextDouble();
		if (x < 0.10) {
			return null;
		}
		if (x < 0.22) {
			return Answer.DECLINED;
		}
		return r.nextDouble() < yes ? Answer.YES : Answer.NO;
	}

	/** Child rows collected for batch inserts. */
	private final class Batch {

		final List<Object[]> goals = new ArrayList<>();

		final List<Object[]> activities = new ArrayList<>();

		final List<Object[]> contacts = new ArrayList<>();

		final List<Object[]> followUps = new ArrayList<>();

		final List<Object[]> occupations = new ArrayList<>();

		final List<Object[]> skills = new ArrayList<>();

		final List<Object[]> assessments = new ArrayList<>();

		final List<int[]> assessmentScores = new ArrayList<>();

		void children(Random r, long id, Participant p, LocalDate today) {
			if (p.entryDate() == null) {
				return;
			}
			LocalDate entry = p.entryDate();
			LocalDate end = p.exitDate() != null ? p.exitDate() : today;
			KeyCompetence kc1 = KeyCompetence.values()[r.nextInt(8)];
			KeyCompetence kc2 = KeyCompetence.PERSONAL_SOCIAL_LEARNING;
			goals.add(new Object[] { id, "Arbete inom grön näring eller service", Date.valueOf(entry),
					Date.valueOf(entry.plusMonths(12)), p.exitDate() != null
							&& p.exitSituation() == ExitSituation.EMPLOYED ? GoalStatus.ACHIEVED.name()
									: GoalStatus.IN_PROGRESS.name(),
					kc2.conceptId() + "," + kc1.conceptId() });
			goals.add(new Object[] { id, "Stärka " + (kc1 == KeyCompetence.DIGITAL ? "digital kompetens"
					: "grundläggande färdigheter"), Date.valueOf(entry), Date.valueOf(entry.plusMonths(4)),
					end.isAfter(entry.plusMonths(4)) ? GoalStatus.ACHIEVED.name() : GoalStatus.IN_PROGRESS.name(),
					kc1.conceptId() });
			activities.add(new Object[] { id, ActivityType.GUIDANCE.name(), "Studie- och yrkesvägledning",
					Date.valueOf(entry.plusDays(7)), Date.valueOf(entry.plusDays(7)), 2, "Jobbcenter", null });
			LocalDate practiceEnd = end.isBefore(entry.plusMonths(3)) ? end : entry.plusMonths(3);
			activities.add(new Object[] { id, ActivityType.INTERNSHIP.name(), INTERNSHIPS[r.nextInt(INTERNSHIPS.length)],
					Date.valueOf(entry.plusDays(14)), Date.valueOf(practiceEnd.isBefore(entry.plusDays(14))
							? entry.plusDays(14) : practiceEnd),
					80 + r.nextInt(200), "Växthuset, Boden Plug and Play", null });
			if (r.nextBoolean()) {
				activities.add(new Object[] { id, ActivityType.COURSE.name(), COURSES[r.nextInt(COURSES.length)],
						Date.valueOf(entry.plusMonths(1)), Date.valueOf(entry.plusMonths(2)), 20 + r.nextInt(40),
						"Lärcentrum Boden", null });
			}
			if (p.sensitive().health() == Answer.YES) {
				activities.add(new Object[] { id, ActivityType.HEALTH.name(), "Hälsoinsats med fysisk aktivitet",
						Date.valueOf(entry.plusDays(10)), null, 1 + r.nextInt(30), "Friskvården", null });
			}
			for (LocalDate c = entry.plusDays(3); !c.isAfter(end); c = c.plusWeeks(3 + r.nextInt(4))) {
				contacts.add(new Object[] { id, Date.valueOf(c), r.nextBoolean() ? "MEETING" : "PHONE",
						"Uppföljning av planen", "Fortsätt enligt plan", "konsulent" });
			}
			int[] base = new int[8];
			for (int k = 0; k < 8; k++) {
				base[k] = 1 + r.nextInt(3);
			}
			int rounds = 1 + (int) Math.min(3, java.time.temporal.ChronoUnit.MONTHS.between(entry, end) / 3);
			for (int a = 0; a < rounds; a++) {
				LocalDate on = entry.plusMonths(3L * a).plusDays(5);
				if (on.isAfter(today)) {
					break;
				}
				for (Assessor who : Assessor.values()) {
					int[] scores = new int[8];
					for (int k = 0; k < 8; k++) {
						int score = Math.min(5, base[k] + a * (r.nextInt(3) == 0 ? 0 : 1)
								+ (who == Assessor.PARTICIPANT && r.nextInt(4) == 0 ? 1 : 0));
						scores[k] = Math.max(1, score);
					}
					assessments.add(new Object[] { id, Date.valueOf(on), who.name(),
							who == Assessor.CONSULTANT ? "konsulent" : "deltagare" });
					assessmentScores.add(scores);
				}
			}
			if (p.exitDate() != null) {
				for (FollowUpKind kind : FollowUpKind.values()) {
					LocalDate due = kind.dueAfter(p.exitDate());
					boolean done = !due.isAfter(today) && r.nextDouble() < 0.85;
					ExitSituation sit = null;
					String improvement = null;
					if (done) {
						double x = r.nextDouble();
						sit = p.exitSituation() == ExitSituation.EMPLOYED && x < 0.8 ? ExitSituation.EMPLOYED
								: x < 0.35 ? ExitSituation.EMPLOYED : x < 0.5 ? ExitSituation.IN_EDUCATION
										: x < 0.85 ? ExitSituation.JOB_SEARCHING : ExitSituation.OTHER;
						if (kind == FollowUpKind.MONTHS_6 && p.labourMarketStatus() == LabourMarketStatus.EMPLOYED) {
							improvement = (r.nextBoolean() ? Improvement.PRECARIOUS_TO_STABLE : Improvement.NONE).name();
						}
					}
					followUps.add(new Object[] { id, kind.name(), Date.valueOf(due), done ? Date.valueOf(due) : null,
							sit == null ? null : sit.name(), improvement });
				}
			}
			occupations.add(new Object[] { id, WANTED[r.nextInt(WANTED.length)], "WANTED" });
			if (r.nextDouble() < 0.4) {
				occupations.add(new Object[] { id, EXPERIENCED[r.nextInt(EXPERIENCED.length)], "EXPERIENCED" });
			}
			if (end.isAfter(entry.plusMonths(2))) {
				skills.add(new Object[] { id, "Bjhz_qeH_rQR", 2 + r.nextInt(3),
						r.nextDouble() < 0.3 ? "VALIDATED" : "INFORMAL" });
			}
			// greenhouse work learnt in the programme, from a draw of its own (so the rest of the demo stays as it was)
			Random own = new Random(id * 7919L + 17);
			if (end.isAfter(entry.plusMonths(2)) && own.nextDouble() < 0.6) {
				skills.add(new Object[] { id, GREENHOUSE_WORK, 1 + own.nextInt(3), "INFORMAL" });
			}
		}

		void flush() {
			jdbc.batchUpdate("insert into ppl_goal (participant_id, title, starts_on, target_date, status, "
					+ "key_competences) values (?, ?, ?, ?, ?, ?)", goals);
			jdbc.batchUpdate("insert into ppl_activity (participant_id, type, title, starts_on, ends_on, hours, place, "
					+ "outcome) values (?, ?, ?, ?, ?, ?, ?, ?)", activities);
			jdbc.batchUpdate("insert into ppl_contact (participant_id, contact_date, channel, summary, next_steps, "
					+ "author) values (?, ?, ?, ?, ?, ?)", contacts);
			jdbc.batchUpdate("insert into ppl_follow_up (participant_id, kind, due_on, done_on, situation, improvement) "
					+ "values (?, ?, ?, ?, ?, ?)", followUps);
			jdbc.batchUpdate("insert into ppl_occupation (participant_id, concept_id, kind) values (?, ?, ?)",
					occupations);
			jdbc.batchUpdate("insert into ppl_skill (participant_id, concept_id, skill_level, acquired) "
					+ "values (?, ?, ?, ?)", skills);
			Long before = jdbc.queryForObject("select coalesce(max(id), 0) from ppl_assessment", Long.class);
			jdbc.batchUpdate("insert into ppl_assessment (participant_id, assessed_on, assessor, author) "
					+ "values (?, ?, ?, ?)", assessments);
			// Identity values follow the order of the batch.
			List<Long> ids = jdbc.queryForList("select id from ppl_assessment where id > ? order by id", Long.class,
					before);
			List<Object[]> scores = new ArrayList<>();
			for (int i = 0; i < ids.size() && i < assessmentScores.size(); i++) {
				int[] s = assessmentScores.get(i);
				for (int k = 0; k < 8; k++) {
					scores.add(new Object[] { ids.get(i), KeyCompetence.values()[k].conceptId(), s[k] });
				}
			}
			jdbc.batchUpdate("insert into ppl_assessment_score (assessment_id, competence, score) values (?, ?, ?)",
					scores);
		}
	}
}
