package se.kompetensnav.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.education.Catalogue;
import se.kompetensnav.education.Course;
import se.kompetensnav.education.Provider;
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.CriticalFunction;
import se.kompetensnav.employers.Importance;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.employers.SkillRequirement;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.matching.Matching;
import se.kompetensnav.matching.core.GapPlan;
import se.kompetensnav.people.Participants;
import se.kompetensnav.taxonomy.ConceptType;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * Rapid-staffing cohorts, planned from the need rather than from the course.
 * <p>
 * <b>Proposal.</b> From a request (an employer's competence need, or an occupation with must-have skills, a
 * headcount, a start date and a place) the planner asks matching for the candidates shared for matching (with the
 * participant's consent, by their consultant), anonymised; shortlists the best {@code headcount} plus a reserve of a
 * quarter; takes as the common gap every must-have skill that some shortlisted person lacks (all must-haves when
 * nobody is shared yet), so that after the courses every member holds every must-have; and asks matching for the
 * courses that close that gap in the fewest weeks from today, within reach of the place. Each course becomes the
 * part of its provider, beside the employer's part and the consultants' part.
 * <p>
 * <b>Scope.</b> Staff (admins, unit managers, consultants, analysts) see every cohort; an employer contact the cohorts
 * of their organisation; a provider the cohorts with one of their courses. Anything else answers 404 and is logged as
 * DENIED. Members are shown by their anonymous reference only; every status change is audited.
 */
@Service
public class Cohorts {

	private static final String COHORT = "id, title, organisation_id, employer_unit_id, function_id, occupation_id, "
			+ "municipality_code, headcount, start_date, must_skills, gap_skills, uncoverable_skills, demo";

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final Organisations organisations;

	private final CompetenceNeeds needs;

	private final Catalogue catalogue;

	private final Taxonomy taxonomy;

	private final ObjectProvider<Matching> matching;

	private final Participants participants;

	private final Clock clock;

	Cohorts(JdbcClient jdbc, CurrentUsers users, AuditLog audit, Organisations organisations, CompetenceNeeds needs,
			Catalogue catalogue, Taxonomy taxonomy, ObjectProvider<Matching> matching, Participants participants,
			Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.organisations = organisations;
		this.needs = needs;
		this.catalogue = catalogue;
		this.taxonomy = taxonomy;
		this.matching = matching;
		this.participants = participants;
		this.clock = clock;
	}

	// ---- reading

	/** The cohorts the signed-in user may see, newest first. */
	public List<Cohort> visible() {
		CurrentUser u = users.require();
		List<Long> ids;
		if (isStaff(u)) {
			ids = jdbc.sql("select id from net_cohort order by start_date desc, id desc").query(Long.class).list();
		}
		else if (u.unitId() != null && u.has(Role.EMPLOYER)) {
			ids = jdbc.sql("select id from net_cohort where employer_unit_id = ? order by start_date desc, id desc")
				.param(u.unitId()).query(Long.class).list();
		}
		else if (u.unitId() != null && u.has(Role.PROVIDER)) {
			ids = jdbc.sql("select id from net_cohort c where exists (select 1 from net_cohort_part p where "
					+ "p.cohort_id = c.id and p.unit_id = ?) order by start_date desc, id desc").param(u.unitId())
				.query(Long.class).list();
		}
		else {
			ids = List.of();
		}
		return ids.stream().map(id -> shown(load(id).orElseThrow())).toList();
	}

	/**
	 * The cohort as the signed-in user may see it: a member's participant id only for the person's own case workers
	 * (their consultant, a manager of their unit); everyone else sees the anonymous reference.
	 */
	private Cohort shown(Cohort c) {
		Set<Long> cases = participants.casesAmong(c.members().stream().map(CohortMember::participantId)
			.filter(java.util.Objects::nonNull).toList());
		return new Cohort(c.id(), c.title(), c.organisationId(), c.employerUnitId(), c.functionId(), c.occupationId(),
				c.municipalityCode(), c.headcount(), c.startDate(), c.mustSkills(), c.gapSkills(),
				c.uncoverableSkills(), c.demo(), c.parts(),
				c.members().stream().map(m -> cases.contains(m.participantId()) ? m : new CohortMember(m.id(),
						m.cohortId(), null, m.reference(), m.score(), m.missingSkills(), m.stage(), m.progress(),
						m.employed90())).toList());
	}

	/** One cohort; 404 (and a DENIED entry) outside the user's scope. The read of its members is audited. */
	public Cohort get(long id) {
		Cohort c = load(id).orElseThrow(() -> new NotFoundException("cohort", id));
		if (!canSee(c)) {
			audit.record(AuditAction.DENIED, "cohort", id, null, "network: cohort out of scope");
			throw new NotFoundException("cohort", id);
		}
		audit.record(AuditAction.READ, "cohort", id, null, "network: cohort with its shortlist",
				c.members().size() + " members");
		return shown(c);
	}

	public boolean canSee(Cohort c) {
		CurrentUser u = users.require();
		return isStaff(u) || (u.unitId() != null && (u.unitId() == c.employerUnitId()
				|| c.parts().stream().anyMatch(p -> u.unitId().equals(p.unitId()))));
	}

	/** Whether the signed-in user answers for the part. */
	public boolean canAnswer(CohortPart part) {
		CurrentUser u = users.require();
		if (u.has(Role.ADMIN)) {
			return true;
		}
		return switch (part.party()) {
			case EMPLOYER -> u.has(Role.EMPLOYER) && u.unitId() != null && u.unitId().equals(part.unitId());
			case PROVIDER -> u.has(Role.PROVIDER) && u.unitId() != null && u.unitId().equals(part.unitId());
			case CONSULTANT -> u.hasAny(Role.CONSULTANT, Role.UNIT_MANAGER);
		};
	}

	/**
	 * The members whose selection, progress and outcome the signed-in user records: every member for the cohort's
	 * course providers (course progress, by reference), else the members who are the user's own cases (their
	 * consultant, a manager of their unit). Other staff see the cohort but record nothing about its people.
	 */
	public Set<Long> trackable(Cohort c) {
		CurrentUser u = users.require();
		if (u.has(Role.PROVIDER)
				&& c.courses().stream().anyMatch(p -> u.unitId() != null && u.unitId().equals(p.unitId()))) {
			return c.members().stream().map(CohortMember::id).collect(java.util.stream.Collectors.toSet());
		}
		if (!u.hasAny(Role.CONSULTANT, Role.UNIT_MANAGER)) {
			return Set.of();
		}
		Set<Long> cases = participants.casesAmong(c.members().stream().map(CohortMember::participantId)
			.filter(java.util.Objects::nonNull).toList());
		return c.members().stream().filter(m -> cases.contains(m.participantId())).map(CohortMember::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** Whether the signed-in user may plan cohorts (and for which organisation: employers only their own). */
	public boolean canPlan() {
		return users.require().hasAny(Role.ADMIN, Role.UNIT_MANAGER, Role.CONSULTANT, Role.EMPLOYER);
	}

	private static boolean isStaff(CurrentUser u) {
		return u.hasAny(Role.ADMIN, Role.UNIT_MANAGER, Role.CONSULTANT, Role.ANALYST);
	}

	// ---- the proposal

	/**
	 * Plans a cohort from the request and stores it as a proposal for the parties to answer. A bad field throws
	 * {@link se.kompetensnav.common.InvalidInputException} naming it, and nothing is stored.
	 */
	@Transactional
	public Cohort propose(CohortRequest r) {
		CurrentUser u = users.require();
		Check c = new Check();
		Organisation org = r.organisationId() == null ? null : organisations.find(r.organisationId()).orElse(null);
		if (org == null && u.has(Role.EMPLOYER)) {
			org = organisations.mine().orElse(null);
		}
		if (org == null) {
			c.add("organisationId", "network.error.organisation");
		}
		else if (!(u.hasAny(Role.ADMIN, Role.UNIT_MANAGER, Role.CONSULTANT)
				|| (u.has(Role.EMPLOYER) && u.unitId() != null && u.unitId() == org.unitId()))) {
			audit.record(AuditAction.DENIED, "organisation", org.id(), null, "network: cohort for another employer");
			throw new NotFoundException("organisation", org.id());
		}
		String occupation = r.occupationId() == null ? "" : r.occupationId().strip();
		List<String> must = clean(r.mustSkillIds());
		List<String> nice = clean(r.niceSkillIds());
		Long functionId = r.functionId();
		if (functionId != null) {
			CriticalFunction f = needs.get(functionId);
			if (org != null && f.organisationId() != org.id()) {
				c.add("functionId", "network.error.choice");
			}
			occupation = f.occupationId();
			must = f.skills().stream().filter(s -> s.importance() == Importance.MUST).map(SkillRequirement::skillId)
				.toList();
			nice = f.skills().stream().filter(s -> s.importance() == Importance.NICE).map(SkillRequirement::skillId)
				.toList();
		}
		if (taxonomy.concept(occupation).filter(x -> x.type() == ConceptType.OCCUPATION_NAME).isEmpty()) {
			c.add("occupationId", "network.error.occupation");
		}
		if (must.isEmpty()) {
			c.add("mustSkillIds", "network.error.noSkills");
		}
		Map<String, se.kompetensnav.taxonomy.Concept> known = taxonomy.concepts(
				java.util.stream.Stream.concat(must.stream(), nice.stream()).toList());
		for (String s : must) {
			if (known.get(s) == null || known.get(s).type() != ConceptType.SKILL) {
				c.add("mustSkillIds", "network.error.skill", s);
			}
		}
		List<String> mustFinal = must;
		nice = nice.stream().filter(s -> !mustFinal.contains(s)).toList();
		int headcount = c.integer("headcount", r.headcount(), 1, 200);
		LocalDate today = LocalDate.now(clock);
		LocalDate start = c.date("startDate", r.startDate());
		if (start != null && start.isBefore(today)) {
			c.add("startDate", "network.error.past");
		}
		String municipality = r.municipalityCode() == null ? "" : r.municipalityCode().strip();
		if (taxonomy.municipality(municipality).isEmpty()) {
			c.add("municipalityCode", "network.error.municipality");
		}
		String title = c.optionalText("title", r.title(), 200);
		Matching engine = matching.getIfAvailable();
		if (engine == null && c.ok()) {
			c.add("occupationId", "network.error.matchingUnavailable");
		}
		c.done();

		List<String> mustSkills = List.copyOf(must);
		int shortlistSize = headcount + (headcount + 3) / 4;
		List<Matching.Candidate> shortlist = engine
			.sharedCandidates(new Matching.Requirement(occupation, municipality, mustSkills, nice), shortlistSize);
		Set<String> gap = new LinkedHashSet<>();
		if (shortlist.isEmpty()) {
			gap.addAll(mustSkills);
		}
		else {
			shortlist.forEach(m -> gap.addAll(m.missingMust()));
		}
		List<String> gapSkills = mustSkills.stream().filter(gap::contains).toList();
		GapPlan plan = gapSkills.isEmpty() ? null : engine.closeGap(Set.copyOf(gapSkills), municipality, today);
		List<String> uncoverable = plan == null ? List.of()
				: gapSkills.stream().filter(plan.uncoverable()::contains).toList();
		if (title.isEmpty()) {
			title = taxonomy.concept(occupation).map(x -> x.label()).orElse(occupation) + ", " + headcount + " ("
					+ taxonomy.municipality(municipality).map(x -> x.name()).orElse(municipality) + ")";
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into net_cohort (title, organisation_id, employer_unit_id, function_id, occupation_id, "
				+ "municipality_code, headcount, start_date, must_skills, gap_skills, uncoverable_skills, created_by) "
				+ "values (?,?,?,?,?,?,?,?,?,?,?,?)")
			.params(title, org.id(), org.unitId(), functionId, occupation, municipality, headcount, start,
					String.join(",", mustSkills), String.join(",", gapSkills), String.join(",", uncoverable), u.id())
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertPart(id, Party.EMPLOYER, org.unitId(), null, null, null, null, null, null, List.of());
		insertPart(id, Party.CONSULTANT, null, null, null, null, null, null, null, List.of());
		if (plan != null) {
			Map<String, se.kompetensnav.education.Offer> offers = new HashMap<>();
			catalogue.offers().forEach(o -> offers.put(o.id(), o));
			Map<Long, Provider> providers = new HashMap<>();
			catalogue.providers().forEach(p -> providers.put(p.id(), p));
			for (GapPlan.Step step : plan.steps()) {
				se.kompetensnav.education.Offer offer = offers.get(step.offer().id());
				Course course = offer == null || offer.kind() != se.kompetensnav.education.Offer.Kind.COURSE ? null
						: catalogue.course(offer.sourceId()).orElse(null);
				Provider provider = course == null ? null : providers.get(course.providerId());
				// Seats still free at the chosen start (validation offers take people continuously: none).
				Integer seats = step.offer().starts().stream().filter(s -> s.date().equals(step.start()))
					.map(s -> Math.min(s.seatsLeft(), shortlistSize)).findFirst().orElse(null);
				insertPart(id, Party.PROVIDER, provider == null ? null : provider.unitId(),
						provider == null ? null : provider.id(), course == null ? null : course.id(),
						course == null ? (offer == null ? step.offer().id() : offer.title()) : course.title(),
						step.start(), step.end(), seats,
						mustSkills.stream().filter(step.covers()::contains).toList());
			}
		}
		for (Matching.Candidate m : shortlist) {
			jdbc.sql("insert into net_cohort_member (cohort_id, participant_id, reference, score, missing_skills, stage) "
					+ "values (?,?,?,?,?,?)")
				.params(id, m.participantId(), m.reference(), m.score(), String.join(",", m.missingMust()),
						MemberStage.PROPOSED.name())
				.update();
			audit.record(AuditAction.CREATE, "cohort member", id, m.participantId(),
					"network: shortlisted for a cohort", m.reference());
		}
		audit.record(AuditAction.CREATE, "cohort", id, null, "network: cohort proposed",
				shortlist.size() + " shortlisted, " + (plan == null ? 0 : plan.steps().size()) + " courses");
		return shown(load(id).orElseThrow());
	}

	private static List<String> clean(List<String> ids) {
		return ids.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private void insertPart(long cohortId, Party party, @Nullable Long unitId, @Nullable Long providerId,
			@Nullable Long courseId, @Nullable String courseTitle, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable Integer seats, List<String> skills) {
		jdbc.sql("insert into net_cohort_part (cohort_id, party, unit_id, provider_id, course_id, course_title, "
				+ "course_start, course_end, seats, skills, status) values (?,?,?,?,?,?,?,?,?,?,?)")
			.params(cohortId, party.name(), unitId, providerId, courseId, courseTitle, start, end, seats,
					String.join(",", skills), PartStatus.PENDING.name())
			.update();
	}

	// ---- answers and tracking

	/**
	 * A party accepts, asks to change (with a note saying what; a provider may give another start date and seats)
	 * or rejects its part. Audited with the old and new status.
	 */
	@Transactional
	public Cohort answer(long partId, @Nullable String status, @Nullable String note, @Nullable String courseStart,
			@Nullable String seats) {
		CohortPart part = part(partId);
		Cohort cohort = load(part.cohortId()).orElseThrow();
		if (!canSee(cohort) || !canAnswer(part)) {
			audit.record(AuditAction.DENIED, "cohort part", partId, null, "network: not the user's part");
			throw new NotFoundException("cohort part", partId);
		}
		Check c = new Check();
		PartStatus s = c.choice("status", status, PartStatus.class);
		String n = c.optionalText("note", note, 1000);
		if (s == PartStatus.PENDING) {
			c.add("status", "network.error.choice");
		}
		if ((s == PartStatus.CHANGE_REQUESTED || s == PartStatus.REJECTED) && n.isEmpty()) {
			c.add("note", "network.error.noteRequired");
		}
		LocalDate newStart = null;
		Integer newSeats = null;
		if (part.party() == Party.PROVIDER && s == PartStatus.CHANGE_REQUESTED) {
			if (courseStart != null && !courseStart.isBlank()) {
				newStart = c.date("courseStart", courseStart);
			}
			if (seats != null && !seats.isBlank()) {
				newSeats = c.integer("seats", seats, 1, 1000);
			}
		}
		c.done();
		if (newStart != null && part.courseStart() != null && part.courseEnd() != null) {
			LocalDate newEnd = newStart.plusDays(part.courseEnd().toEpochDay() - part.courseStart().toEpochDay());
			jdbc.sql("update net_cohort_part set course_start = ?, course_end = ? where id = ?")
				.params(newStart, newEnd, partId).update();
		}
		if (newSeats != null) {
			jdbc.sql("update net_cohort_part set seats = ? where id = ?").params(newSeats, partId).update();
		}
		jdbc.sql("update net_cohort_part set status = ?, note = ? where id = ?").params(s.name(), n, partId).update();
		audit.record(AuditAction.UPDATE, "cohort part", partId, null, "network: cohort part answered",
				part.party() + " " + part.status() + " -> " + s);
		return shown(load(cohort.id()).orElseThrow());
	}

	/**
	 * Records where a member is: stage, course progress (0-100) and, once the course is completed, whether they are
	 * in work 90 days after. The person's own case workers and the cohort's course providers (see
	 * {@link #trackable}); audited with the person.
	 */
	@Transactional
	public Cohort track(long memberId, @Nullable String stage, @Nullable String progress, @Nullable String employed90) {
		CohortMember m = jdbc.sql("select * from net_cohort_member where id = ?").param(memberId)
			.query(Cohorts::member).optional().orElseThrow(() -> new NotFoundException("cohort member", memberId));
		Cohort cohort = load(m.cohortId()).orElseThrow();
		if (!canSee(cohort) || !trackable(cohort).contains(memberId)) {
			audit.record(AuditAction.DENIED, "cohort member", memberId, m.participantId(),
					"network: not allowed to track");
			throw new NotFoundException("cohort member", memberId);
		}
		Check c = new Check();
		MemberStage st = c.choice("stage", stage, MemberStage.class);
		int p = progress == null || progress.isBlank() ? m.progress() : c.integer("progress", progress, 0, 100);
		Boolean employed = switch (employed90 == null ? "" : employed90.strip()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			case "" -> null;
			default -> {
				c.add("employed90", "network.error.choice");
				yield null;
			}
		};
		if (employed != null && st != MemberStage.COMPLETED) {
			c.add("employed90", "network.error.employedBeforeCompletion");
		}
		c.done();
		if (st == MemberStage.COMPLETED) {
			p = 100;
		}
		jdbc.sql("update net_cohort_member set stage = ?, progress = ?, employed_90 = ? where id = ?")
			.params(st.name(), p, employed, memberId).update();
		audit.record(AuditAction.UPDATE, "cohort member", memberId, m.participantId(), "network: cohort tracking",
				m.stage() + " -> " + st + ", " + p + " %, in work after 90 days: " + employed);
		return shown(load(cohort.id()).orElseThrow());
	}

	// ---- results

	/** Per cohort the user may see: started, completed, and the share in work 90 days after. */
	public List<CohortResult> resultsByCohort() {
		return visible().stream().map(c -> {
			int started = (int) c.members().stream().filter(CohortMember::tookPart).count();
			List<CohortMember> done = c.members().stream().filter(m -> m.stage() == MemberStage.COMPLETED).toList();
			int known = (int) done.stream().filter(m -> m.employed90() != null).count();
			int employed = (int) done.stream().filter(m -> Boolean.TRUE.equals(m.employed90())).count();
			return CohortResult.of(c.id(), c.title(), started, done.size(), known, employed);
		}).filter(r -> r.started() > 0).toList();
	}

	/** Per provider, over the visible cohorts with one of its courses. */
	public List<CohortResult> resultsByProvider() {
		Map<Long, String> names = new HashMap<>();
		catalogue.providers().forEach(p -> names.put(p.id(), p.name()));
		Map<Long, int[]> sums = new LinkedHashMap<>();
		for (Cohort c : visible()) {
			Set<Long> providers = new LinkedHashSet<>();
			c.courses().forEach(p -> {
				if (p.providerId() != null) {
					providers.add(p.providerId());
				}
			});
			for (Long p : providers) {
				int[] s = sums.computeIfAbsent(p, k -> new int[4]);
				for (CohortMember m : c.members()) {
					s[0] += m.tookPart() ? 1 : 0;
					s[1] += m.stage() == MemberStage.COMPLETED ? 1 : 0;
					s[2] += m.stage() == MemberStage.COMPLETED && m.employed90() != null ? 1 : 0;
					s[3] += m.stage() == MemberStage.COMPLETED && Boolean.TRUE.equals(m.employed90()) ? 1 : 0;
				}
			}
		}
		List<CohortResult> out = new ArrayList<>();
		sums.forEach((p, s) -> {
			if (s[0] > 0) {
				out.add(CohortResult.of(p, names.getOrDefault(p, "#" + p), s[0], s[1], s[2], s[3]));
			}
		});
		out.sort(java.util.Comparator.comparing(CohortResult::name));
		return out;
	}

	// ---- loading

	/** Unscoped load, for the demo data and this service. */
	Optional<Cohort> load(long id) {
		Optional<Cohort> head = jdbc.sql("select " + COHORT + " from net_cohort where id = ?").param(id)
			.query(Cohorts::cohort).optional();
		if (head.isEmpty()) {
			return head;
		}
		Cohort h = head.get();
		List<CohortPart> parts = jdbc.sql("select * from net_cohort_part where cohort_id = ? order by id").param(id)
			.query(Cohorts::part).list();
		List<CohortMember> members = jdbc.sql("select * from net_cohort_member where cohort_id = ? "
				+ "order by score desc, id").param(id).query(Cohorts::member).list();
		return Optional.of(new Cohort(h.id(), h.title(), h.organisationId(), h.employerUnitId(), h.functionId(),
				h.occupationId(), h.municipalityCode(), h.headcount(), h.startDate(), h.mustSkills(), h.gapSkills(),
				h.uncoverableSkills(), h.demo(), parts, members));
	}

	private CohortPart part(long id) {
		return jdbc.sql("select * from net_cohort_part where id = ?").param(id).query(Cohorts::part).optional()
			.orElseThrow(() -> new NotFoundException("cohort part", id));
	}

	static List<String> split(@Nullable String s) {
		return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(","));
	}

	static Cohort cohort(ResultSet rs, int n) throws SQLException {
		long f = rs.getLong("function_id");
		Long functionId = rs.wasNull() ? null : f;
		return new Cohort(rs.getLong("id"), rs.getString("title"), rs.getLong("organisation_id"),
				rs.getLong("employer_unit_id"), functionId, rs.getString("occupation_id"),
				rs.getString("municipality_code"), rs.getInt("headcount"), rs.getObject("start_date", LocalDate.class),
				split(rs.getString("must_skills")), split(rs.getString("gap_skills")),
				split(rs.getString("uncoverable_skills")), rs.getBoolean("demo"), List.of(), List.of());
	}

	static CohortPart part(ResultSet rs, int n) throws SQLException {
		return new CohortPart(rs.getLong("id"), rs.getLong("cohort_id"), Party.valueOf(rs.getString("party")),
				nullableLong(rs, "unit_id"), nullableLong(rs, "provider_id"), nullableLong(rs, "course_id"),
				rs.getString("course_title"), rs.getObject("course_start", LocalDate.class),
				rs.getObject("course_end", LocalDate.class), nullableInt(rs, "seats"), split(rs.getString("skills")),
				PartStatus.valueOf(rs.getString("status")), rs.getString("note"));
	}

	static CohortMember member(ResultSet rs, int n) throws SQLException {
		boolean e = rs.getBoolean("employed_90");
		Boolean employed = rs.wasNull() ? null : e;
		return new CohortMember(rs.getLong("id"), rs.getLong("cohort_id"), nullableLong(rs, "participant_id"),
				rs.getString("reference"), rs.getDouble("score"), split(rs.getString("missing_skills")),
				MemberStage.valueOf(rs.getString("stage")), rs.getInt("progress"), employed);
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long v = rs.getLong(column);
		return rs.wasNull() ? null : v;
	}

	private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int v = rs.getInt(column);
		return rs.wasNull() ? null : v;
	}
}
