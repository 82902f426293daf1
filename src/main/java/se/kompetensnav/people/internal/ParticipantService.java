package se.kompetensnav.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.people.Answer;
import se.kompetensnav.people.EnrolmentStatus;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.FollowUpKind;
import se.kompetensnav.people.Gender;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.ImprovedSituationRule;
import se.kompetensnav.people.IncomeSource;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.ParticipantProfile;
import se.kompetensnav.people.ParticipantProfile.Skill;
import se.kompetensnav.people.ParticipantSituations;
import se.kompetensnav.people.Participants;
import se.kompetensnav.people.Personnummer;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.SkillAcquisition;
import se.kompetensnav.people.StatisticalRecord;
import se.kompetensnav.people.SunLevel;
import se.kompetensnav.people.TargetGroup;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * Case work on participants: enrolment with the capacity check and waiting list, exits and follow-ups, and every
 * read of a participant's data, with the access rule of {@link CaseAccess} and an audit row in the same
 * transaction. Out-of-scope requests are audited as DENIED and answered as not found; the transaction does not roll
 * back on NotFoundException, so the DENIED row is kept (nothing has been written when it is thrown).
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class ParticipantService implements Participants {

	static final String SUBJECT = "participant";

	static final String CASE_WORK = "case work";

	private final ParticipantRepository repo;

	private final ProgrammeRepository programmes;

	private final PlanRepository plans;

	private final Staff staff;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final PeopleSettings settings;

	private final ObjectProvider<Taxonomy> taxonomy;

	private final Clock clock;

	ParticipantService(ParticipantRepository repo, ProgrammeRepository programmes, PlanRepository plans, Staff staff,
			CurrentUsers users, AuditLog audit, PeopleSettings settings, ObjectProvider<Taxonomy> taxonomy,
			Clock clock) {
		this.repo = repo;
		this.programmes = programmes;
		this.plans = plans;
		this.staff = staff;
		this.users = users;
		this.audit = audit;
		this.settings = settings;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---- access ----

	/** The participant if the signed-in user may see them (audited READ); else audited DENIED and not found. */
	public Participant read(long id, String purpose) {
		Participant p = accessible(id);
		audit.record(AuditAction.READ, SUBJECT, id, p.pseudonym(), purpose);
		return p;
	}

	/** The participant for a change (audited by the caller with what changed). */
	Participant forUpdate(long id) {
		return accessible(id);
	}

	private Participant accessible(long id) {
		CurrentUser user = users.current().orElse(null);
		Optional<Participant> found = repo.find(id);
		if (found.isEmpty() || !CaseAccess.canSee(user, found.get().unitId(), found.get().consultantId())) {
			audit.record(AuditAction.DENIED, SUBJECT, id, found.map(Participant::pseudonym).orElse(null), CASE_WORK,
					found.isEmpty() ? "no such participant" : "outside the user's scope");
			throw new NotFoundException(SUBJECT, id);
		}
		return found.get();
	}

	public boolean sensitiveVisible() {
		CurrentUser user = users.current().orElse(null);
		return user != null && settings.sensitiveRoles().stream().anyMatch(user::has);
	}

	/** Programme the user may work in (create cases, see the programme page); else not found. */
	public Programme workableProgramme(long programmeId) {
		CurrentUser user = users.current().orElse(null);
		Programme p = programmes.find(programmeId).orElseThrow(() -> new NotFoundException("programme", programmeId));
		if (!CaseAccess.canWorkIn(user, p.unitId())) {
			throw new NotFoundException("programme", programmeId);
		}
		return p;
	}

	/** Programmes the user may work in. */
	@Transactional(readOnly = true)
	public List<Programme> workableProgrammes() {
		CurrentUser user = users.current().orElse(null);
		if (user == null || !user.hasAny(Role.CONSULTANT, Role.UNIT_MANAGER)) {
			return List.of();
		}
		return programmes.byUnits(user.visibleUnitIds());
	}

	// ---- lists ----

	/** The user's caseload: assigned participants (consultant) or the unit's (manager). Each row is audited. */
	public List<Participant> caseload() {
		CurrentUser user = users.current().orElse(null);
		if (user == null) {
			return List.of();
		}
		List<Participant> list;
		if (user.has(Role.UNIT_MANAGER)) {
			list = repo.byUnits(user.visibleUnitIds());
		}
		else if (user.has(Role.CONSULTANT)) {
			list = repo.byConsultant(user.id()).stream().filter(p -> user.canSeeUnit(p.unitId())).toList();
		}
		else {
			list = List.of();
		}
		for (Participant p : list) {
			audit.record(AuditAction.SEARCH, SUBJECT, p.id(), p.pseudonym(), "caseload");
		}
		return list;
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Set<Long> casesAmong(java.util.Collection<Long> participantIds) {
		CurrentUser user = users.current().orElse(null);
		java.util.Set<Long> out = new java.util.HashSet<>();
		if (user == null) {
			return out;
		}
		for (Long id : new java.util.HashSet<>(participantIds)) {
			repo.find(id).filter(p -> CaseAccess.canSee(user, p.unitId(), p.consultantId()))
				.ifPresent(p -> out.add(p.id()));
		}
		return out;
	}

	/** Participants of a programme the user may see (names on the programme page); audited. */
	public List<Participant> visibleIn(long programmeId) {
		workableProgramme(programmeId);
		CurrentUser user = users.require();
		List<Participant> list = repo.byProgramme(programmeId).stream()
			.filter(p -> CaseAccess.canSee(user, p.unitId(), p.consultantId())).toList();
		for (Participant p : list) {
			audit.record(AuditAction.SEARCH, SUBJECT, p.id(), p.pseudonym(), "programme page");
		}
		return list;
	}

	/** The waiting list in order; entries the user may not see are returned without name (null participant). */
	public List<Optional<Participant>> waitingList(long programmeId) {
		workableProgramme(programmeId);
		CurrentUser user = users.require();
		List<Optional<Participant>> out = new ArrayList<>();
		for (Participant p : repo.waitingList(programmeId)) {
			if (CaseAccess.canSee(user, p.unitId(), p.consultantId())) {
				audit.record(AuditAction.SEARCH, SUBJECT, p.id(), p.pseudonym(), "waiting list");
				out.add(Optional.of(p));
			}
			else {
				out.add(Optional.empty());
			}
		}
		return out;
	}

	public int enrolledCount(long programmeId) {
		return repo.countEnrolled(programmeId);
	}

	/** Search by personnummer: consultants and unit managers only, and only among those they may see. */
	public List<Participant> findByPersonnummer(String text) {
		CurrentUser user = users.current().orElse(null);
		Inputs in = new Inputs();
		if (user == null || !user.hasAny(Role.CONSULTANT, Role.UNIT_MANAGER)) {
			throw new NotFoundException("search", "personnummer");
		}
		Personnummer pnr = Personnummer.parse(text, today()).orElse(null);
		if (pnr == null) {
			in.error("personnummer", "people.error.personnummer");
			in.throwIfAny();
		}
		audit.record(AuditAction.SEARCH, SUBJECT, null, null, CASE_WORK, "search by personnummer");
		List<Participant> hits = repo.byPersonnummer(pnr.digits()).stream()
			.filter(p -> CaseAccess.canSee(user, p.unitId(), p.consultantId())).toList();
		for (Participant p : hits) {
			audit.record(AuditAction.READ, SUBJECT, p.id(), p.pseudonym(), "search by personnummer");
		}
		return hits;
	}

	/** Follow-ups not yet done, due within {@code days} days (or overdue), of the user's caseload. */
	public List<DueFollowUp> dueFollowUps(List<Participant> caseload, int days) {
		Map<Long, Participant> byId = new HashMap<>();
		caseload.forEach(p -> byId.put(p.id(), p));
		LocalDate horizon = today().plusDays(days);
		return repo.followUpsOf(byId.keySet()).stream().filter(f -> !f.done() && !f.dueOn().isAfter(horizon))
			.map(f -> new DueFollowUp(f, byId.get(f.participantId()))).toList();
	}

	public record DueFollowUp(FollowUp followUp, Participant participant) {
	}

	// ---- view ----

	public ParticipantView view(long id) {
		return view(read(id, CASE_WORK));
	}

	ParticipantView view(Participant p) {
		return view(p, sensitiveVisible(), false);
	}

	/** The participant's own data, unmasked and complete, for the registerutdrag; audited as EXPORT. */
	ParticipantView fullView(long id) {
		Participant p = forUpdate(id);
		audit.record(AuditAction.EXPORT, SUBJECT, id, p.pseudonym(), "registerutdrag");
		return view(p, true, true);
	}

	private ParticipantView view(Participant p, boolean sensitive, boolean unmasked) {
		String programmeName = programmes.find(p.programmeId()).map(Programme::name).orElse("");
		String consultantName = p.consultantId() == null ? null
				: staff.byId(p.consultantId()).map(Staff.Member::displayName).orElse(null);
		return new ParticipantView(p.id(), p.programmeId(), programmeName, p.unitId(), p.consultantId(),
				consultantName, p.givenName(), p.familyName(),
				p.personnummer() == null ? null : unmasked ? p.personnummer().formatted() : p.personnummer().masked(),
				p.birthDate(), p.ageAt(today()),
				p.gender(), p.municipalityCode(), p.sunLevel(), p.iscedBand(), p.labourMarketStatus(),
				p.unemployedSince(), p.longTermUnemployed(settings.ltuRule()), p.incomeSource(), p.targetGroups(),
				p.languages(), p.drivingLicences(), p.ruralArea(), sensitive ? p.sensitive() : null, p.status(),
				p.entryDate(), p.exitDate(), p.exitReason(), p.exitSituation(), repo.occupations(p.id(), "WANTED"),
				repo.occupations(p.id(), "EXPERIENCED"), repo.skills(p.id()), repo.followUps(p.id()), p.demo());
	}

	// ---- writes ----

	/**
	 * Enrols a new participant: a free place gives an entry date, a full programme puts them last on the waiting
	 * list. A consultant becomes the participant's consultant; a unit manager may name one.
	 */
	public Participant create(ParticipantInput input) {
		CurrentUser user = users.current().orElse(null);
		Inputs in = new Inputs();
		Programme programme = null;
		if (input.programmeId() == null) {
			in.error("programmeId", "people.error.required");
		}
		else {
			programme = workableProgramme(input.programmeId());
		}
		Participant draft = parse(input, in, programme, user);
		in.throwIfAny();
		int enrolled = repo.countEnrolled(programme.id());
		EnrolmentStatus status = new se.kompetensnav.people.Capacity(programme.places(), enrolled).placeFor();
		LocalDate entry = status == EnrolmentStatus.ENROLLED ? draft.entryDate() : null;
		Participant p = copy(draft, status, entry);
		long id = repo.insert(p);
		for (String c : nonNull(input.occupationsWanted())) {
			repo.addOccupation(id, c.trim(), "WANTED");
		}
		for (String c : nonNull(input.occupationsExperienced())) {
			repo.addOccupation(id, c.trim(), "EXPERIENCED");
		}
		for (ParticipantInput.SkillInput s : nonNull(input.skills())) {
			repo.addSkill(id, new Skill(s.conceptId().trim(), Integer.parseInt(s.level().trim()),
					SkillAcquisition.valueOf(s.acquired().trim().toUpperCase(java.util.Locale.ROOT))));
		}
		audit.record(AuditAction.CREATE, SUBJECT, id, p.pseudonym(), CASE_WORK, status.name());
		return repo.find(id).orElseThrow();
	}

	/**
	 * Changes a participant's facts, occupations and skills (the whole set is replaced; programme, dates, status and
	 * consultant have their own flows). A blank personnummer keeps the stored one. Sensitive answers are changed
	 * only by roles that may see them; for others the stored answers stay as they are. Audited with the names of
	 * the changed fields, never their values.
	 */
	public Participant update(long id, ParticipantInput input) {
		return update(id, input, List.of());
	}

	/** The same, with problems the form found itself (reported together with the rest, nothing stored). */
	public Participant update(long id, ParticipantInput input, List<se.kompetensnav.common.FieldError> formErrors) {
		Participant current = forUpdate(id);
		CurrentUser user = users.current().orElse(null);
		Programme programme = programmes.find(current.programmeId()).orElseThrow();
		boolean sensitive = sensitiveVisible();
		ParticipantInput effective = new ParticipantInput(current.programmeId(), input.givenName(),
				input.familyName(),
				Inputs.blank(input.personnummer()) && current.personnummer() != null ? current.personnummer().digits()
						: input.personnummer(),
				input.birthDate(), input.gender(), input.municipalityCode(), input.sunLevel(),
				input.labourMarketStatus(), input.unemployedSince(), input.incomeSource(), input.targetGroups(),
				input.languages(), input.drivingLicences(), input.ruralArea(),
				sensitive ? input.health() : ParticipantRepository.name(current.sensitive().health()),
				sensitive ? input.disability() : ParticipantRepository.name(current.sensitive().disability()),
				sensitive ? input.foreignBackground()
						: ParticipantRepository.name(current.sensitive().foreignBackground()),
				sensitive ? input.thirdCountryNational()
						: ParticipantRepository.name(current.sensitive().thirdCountryNational()),
				sensitive ? input.minority() : ParticipantRepository.name(current.sensitive().minority()),
				sensitive ? input.homeless() : ParticipantRepository.name(current.sensitive().homeless()),
				current.entryDate() == null ? null : current.entryDate().toString(), input.occupationsWanted(),
				input.occupationsExperienced(), input.skills(), null);
		Inputs in = new Inputs();
		Participant draft = parse(effective, in, programme, null);
		java.util.Set<String> skillIds = new java.util.HashSet<>();
		int i = 0;
		for (ParticipantInput.SkillInput s : nonNull(input.skills())) {
			String field = "skills[" + i++ + "]";
			if (s.conceptId() != null && !s.conceptId().isBlank() && !skillIds.add(s.conceptId().trim())) {
				in.error(field + ".conceptId", "people.error.skillTwice", s.conceptId().trim());
			}
		}
		if (current.exitDate() != null && draft != null && draft.birthDate().isAfter(current.exitDate())) {
			in.error("birthDate", "people.error.entryBeforeBirth");
		}
		in.errors().addAll(formErrors);
		in.throwIfAny();
		Participant updated = new Participant(id, current.programmeId(), current.unitId(), current.consultantId(),
				draft.givenName(), draft.familyName(), draft.personnummer(), draft.birthDate(), draft.gender(),
				draft.municipalityCode(), draft.sunLevel(), draft.labourMarketStatus(), draft.unemployedSince(),
				draft.incomeSource(), draft.targetGroups(), draft.languages(), draft.drivingLicences(),
				draft.ruralArea(), draft.sensitive(), current.status(), current.appliedAt(), current.entryDate(),
				current.exitDate(), current.exitReason(), current.exitSituation(), current.pseudonym(),
				current.demo());
		List<String> changed = changedFields(current, updated);
		List<String> wanted = distinct(input.occupationsWanted());
		List<String> experienced = distinct(input.occupationsExperienced());
		List<Skill> skills = nonNull(input.skills()).stream()
			.map(s -> new Skill(s.conceptId().trim(), Integer.parseInt(s.level().trim()),
					SkillAcquisition.valueOf(s.acquired().trim().toUpperCase(java.util.Locale.ROOT))))
			.toList();
		if (!wanted.equals(repo.occupations(id, "WANTED")) || !experienced.equals(repo.occupations(id, "EXPERIENCED"))) {
			changed.add("occupations");
		}
		if (!new java.util.HashSet<>(skills).equals(new java.util.HashSet<>(repo.skills(id)))) {
			changed.add("skills");
		}
		repo.update(updated);
		repo.replaceOccupations(id, wanted, experienced);
		repo.replaceSkills(id, skills);
		audit.record(AuditAction.UPDATE, SUBJECT, id, current.pseudonym(), CASE_WORK,
				"changed " + String.join(", ", changed));
		return repo.find(id).orElseThrow();
	}

	private static List<String> distinct(@Nullable List<String> ids) {
		return nonNull(ids).stream().map(String::trim).filter(x -> !x.isEmpty()).distinct().sorted().toList();
	}

	private static List<String> changedFields(Participant a, Participant b) {
		List<String> changed = new ArrayList<>();
		java.util.function.BiConsumer<String, Boolean> check = (name, same) -> {
			if (!same) {
				changed.add(name);
			}
		};
		check.accept("givenName", a.givenName().equals(b.givenName()));
		check.accept("familyName", a.familyName().equals(b.familyName()));
		check.accept("personnummer", java.util.Objects.equals(a.personnummer(), b.personnummer()));
		check.accept("birthDate", a.birthDate().equals(b.birthDate()));
		check.accept("gender", a.gender() == b.gender());
		check.accept("municipalityCode", java.util.Objects.equals(a.municipalityCode(), b.municipalityCode()));
		check.accept("sunLevel", a.sunLevel() == b.sunLevel());
		check.accept("labourMarketStatus", a.labourMarketStatus() == b.labourMarketStatus()
				&& java.util.Objects.equals(a.unemployedSince(), b.unemployedSince()));
		check.accept("incomeSource", a.incomeSource() == b.incomeSource());
		check.accept("targetGroups", a.targetGroups().equals(b.targetGroups()));
		check.accept("languages", a.languages().equals(b.languages()));
		check.accept("drivingLicences", a.drivingLicences().equals(b.drivingLicences()));
		check.accept("ruralArea", a.ruralArea() == b.ruralArea());
		check.accept("sensitive", a.sensitive().equals(b.sensitive()));
		return changed;
	}

	private static <T> List<T> nonNull(@Nullable List<T> list) {
		return list == null ? List.of() : list.stream().filter(x -> x != null).toList();
	}

	static Participant copy(Participant d, EnrolmentStatus status, @Nullable LocalDate entry) {
		return new Participant(d.id(), d.programmeId(), d.unitId(), d.consultantId(), d.givenName(), d.familyName(),
				d.personnummer(), d.birthDate(), d.gender(), d.municipalityCode(), d.sunLevel(),
				d.labourMarketStatus(), d.unemployedSince(), d.incomeSource(), d.targetGroups(), d.languages(),
				d.drivingLicences(), d.ruralArea(), d.sensitive(), status, d.appliedAt(), entry, d.exitDate(),
				d.exitReason(), d.exitSituation(), d.pseudonym(), d.demo());
	}

	/** Parses and checks a new participant; problems go to {@code in}. Also used by the import. */
	Participant parse(ParticipantInput input, Inputs in, @Nullable Programme programme, @Nullable CurrentUser user) {
		LocalDate today = today();
		String given = in.required("givenName", input.givenName(), 100);
		String family = in.required("familyName", input.familyName(), 100);
		Personnummer pnr = null;
		if (!Inputs.blank(input.personnummer())) {
			pnr = Personnummer.parse(input.personnummer(), today).orElse(null);
			if (pnr == null) {
				in.error("personnummer", "people.error.personnummer");
			}
		}
		LocalDate birth = in.date("birthDate", input.birthDate(), pnr == null && !in.hasError("personnummer"));
		if (birth != null && birth.isAfter(today)) {
			in.error("birthDate", "people.error.futureBirthDate");
		}
		if (birth == null && pnr != null) {
			birth = pnr.birthDate();
		}
		else if (birth != null && pnr != null && !birth.equals(pnr.birthDate())) {
			in.error("birthDate", "people.error.birthDateMismatch");
		}
		Gender gender = in.choice("gender", input.gender(), Gender.class, true);
		String kommun = in.optional("municipalityCode", input.municipalityCode(), 4);
		if (kommun != null && !kommun.matches("\\d{4}")) {
			in.error("municipalityCode", "people.error.municipality");
		}
		else if (kommun != null) {
			Taxonomy t = taxonomy.getIfAvailable();
			if (t != null && t.municipality(kommun).isEmpty()) {
				in.error("municipalityCode", "people.error.municipality");
			}
		}
		SunLevel sun = in.choice("sunLevel", input.sunLevel(), SunLevel.class, false);
		LabourMarketStatus lm = in.choice("labourMarketStatus", input.labourMarketStatus(), LabourMarketStatus.class,
				true);
		LocalDate unemployedSince = in.date("unemployedSince", input.unemployedSince(),
				lm == LabourMarketStatus.UNEMPLOYED);
		IncomeSource income = in.choice("incomeSource", input.incomeSource(), IncomeSource.class, true);
		Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
		for (String code : nonNull(input.targetGroups())) {
			if (code.isBlank()) {
				continue;
			}
			TargetGroup.parse(code).ifPresentOrElse(groups::add,
					() -> in.error("targetGroups", "people.error.targetGroup", code.trim()));
		}
		String languages = in.optional("languages", input.languages(), 400);
		String licences = in.optional("drivingLicences", input.drivingLicences(), 100);
		Sensitive sensitive = new Sensitive(in.choice("health", input.health(), Answer.class, false),
				in.choice("disability", input.disability(), Answer.class, false),
				in.choice("foreignBackground", input.foreignBackground(), Answer.class, false),
				in.choice("thirdCountryNational", input.thirdCountryNational(), Answer.class, false),
				in.choice("minority", input.minority(), Answer.class, false),
				in.choice("homeless", input.homeless(), Answer.class, false));
		LocalDate entry = in.date("entryDate", input.entryDate(), false);
		if (entry == null) {
			entry = today;
		}
		if (birth != null && entry.isBefore(birth)) {
			in.error("entryDate", "people.error.entryBeforeBirth");
		}
		if (unemployedSince != null && unemployedSince.isAfter(entry)) {
			in.error("unemployedSince", "people.error.unemployedSinceAfterEntry");
		}
		List<String> concepts = new ArrayList<>();
		concepts.addAll(nonNull(input.occupationsWanted()));
		concepts.addAll(nonNull(input.occupationsExperienced()));
		checkConcepts(in, "occupations", concepts);
		int i = 0;
		for (ParticipantInput.SkillInput s : nonNull(input.skills())) {
			String field = "skills[" + i++ + "]";
			checkConcepts(in, field + ".conceptId", List.of(s.conceptId() == null ? "" : s.conceptId()));
			in.integer(field + ".level", s.level(), 1, 5, true);
			in.choice(field + ".acquired", s.acquired(), SkillAcquisition.class, true);
		}
		Long consultantId = null;
		if (user != null && user.has(Role.CONSULTANT) && !user.has(Role.UNIT_MANAGER)) {
			consultantId = user.id();
		}
		else if (input.consultantId() != null) {
			Staff.Member m = staff.byId(input.consultantId()).orElse(null);
			if (m == null || programme == null || !user.canSeeUnit(m.unitId())) {
				in.error("consultantId", "people.error.consultant");
			}
			else {
				consultantId = m.id();
			}
		}
		if (!in.errors().isEmpty() || programme == null) {
			return null;
		}
		return new Participant(0, programme.id(), programme.unitId(), consultantId, given, family, pnr, birth,
				gender, kommun, sun, lm, lm == LabourMarketStatus.UNEMPLOYED ? unemployedSince : null, income, groups,
				ParticipantRepository.list(languages), ParticipantRepository.list(licences),
				Boolean.TRUE.equals(input.ruralArea()), sensitive, EnrolmentStatus.WAITING, clock.instant(), entry,
				null, null, null, UUID.randomUUID().toString(), false);
	}

	private void checkConcepts(Inputs in, String field, List<String> ids) {
		Taxonomy t = taxonomy.getIfAvailable();
		for (String id : ids) {
			String c = id == null ? "" : id.trim();
			if (!c.matches("[A-Za-z0-9_\\-]{1,40}")) {
				in.error(field, "people.error.concept", c);
			}
			else if (t != null && t.concept(c).isEmpty()) {
				in.error(field, "people.error.concept", c);
			}
		}
	}

	/** Gives the first on the waiting list the free place, entering on {@code entryDate}. */
	public Optional<Participant> admitNext(long programmeId, @Nullable String entryDate) {
		Programme programme = workableProgramme(programmeId);
		Inputs in = new Inputs();
		LocalDate entry = in.date("entryDate", entryDate, false);
		in.throwIfAny();
		if (!new se.kompetensnav.people.Capacity(programme.places(), repo.countEnrolled(programmeId))
			.hasFreePlace()) {
			in.error("entryDate", "people.error.full");
			in.throwIfAny();
		}
		List<Participant> waiting = repo.waitingList(programmeId);
		if (waiting.isEmpty()) {
			return Optional.empty();
		}
		Participant next = waiting.getFirst();
		repo.admit(next.id(), entry == null ? today() : entry);
		audit.record(AuditAction.UPDATE, SUBJECT, next.id(), next.pseudonym(), CASE_WORK, "admitted from waiting list");
		return repo.find(next.id());
	}

	/** Records the exit and schedules the follow-ups at four weeks and six months. */
	public Participant exit(long id, ExitInput input) {
		Participant p = forUpdate(id);
		Inputs in = new Inputs();
		LocalDate exit = in.date("exitDate", input.exitDate(), true);
		String reason = in.optional("reason", input.reason(), 300);
		ExitSituation situation = in.choice("situation", input.situation(), ExitSituation.class, true);
		if (p.status() != EnrolmentStatus.ENROLLED) {
			in.error("exitDate", "people.error.notEnrolled");
		}
		else if (exit != null && exit.isBefore(p.entryDate())) {
			in.error("exitDate", "people.error.exitBeforeEntry");
		}
		in.throwIfAny();
		repo.exit(id, exit, reason, situation);
		for (FollowUpKind kind : FollowUpKind.values()) {
			repo.addFollowUp(id, kind, kind.dueAfter(exit));
		}
		audit.record(AuditAction.UPDATE, SUBJECT, id, p.pseudonym(), CASE_WORK, "exit " + situation);
		return repo.find(id).orElseThrow();
	}

	public void recordFollowUp(long participantId, long followUpId, FollowUpInput input) {
		Participant p = forUpdate(participantId);
		FollowUp f = repo.followUps(participantId).stream().filter(x -> x.id() == followUpId).findFirst()
			.orElseThrow(() -> new NotFoundException("follow-up", followUpId));
		Inputs in = new Inputs();
		LocalDate done = in.date("doneOn", input.doneOn(), true);
		ExitSituation situation = in.choice("situation", input.situation(), ExitSituation.class, true);
		Improvement improvement = in.choice("improvement", input.improvement(), Improvement.class, false);
		String note = in.optional("note", input.note(), 1000);
		if (done != null && p.exitDate() != null && done.isBefore(p.exitDate())) {
			in.error("doneOn", "people.error.followUpBeforeExit");
		}
		in.throwIfAny();
		repo.recordFollowUp(f.id(), done, situation, f.kind() == FollowUpKind.MONTHS_6 ? improvement : null, note);
		audit.record(AuditAction.UPDATE, SUBJECT, participantId, p.pseudonym(), CASE_WORK, "follow-up " + f.kind());
	}

	/** Unit managers assign a consultant of their unit. */
	public void assign(long participantId, long consultantId) {
		CurrentUser user = users.require();
		Participant p = forUpdate(participantId);
		Inputs in = new Inputs();
		Staff.Member m = staff.byId(consultantId).orElse(null);
		if (!user.has(Role.UNIT_MANAGER) || m == null || !user.canSeeUnit(m.unitId())) {
			in.error("consultantId", "people.error.consultant");
		}
		in.throwIfAny();
		repo.assign(participantId, consultantId);
		audit.record(AuditAction.UPDATE, SUBJECT, participantId, p.pseudonym(), CASE_WORK, "assigned " + m.username());
	}

	// ---- module API ----

	@Override
	public ParticipantProfile profile(long participantId) {
		return profileOf(read(participantId, "profile"));
	}

	@Override
	public List<ParticipantProfile> visibleProfiles() {
		return caseload().stream().map(this::profileOf).toList();
	}

	private ParticipantProfile profileOf(Participant p) {
		return new ParticipantProfile(p.id(), p.programmeId(), p.unitId(), p.consultantId(), p.gender(),
				p.ageAt(today()), p.municipalityCode(), p.iscedBand(), p.languages(), p.drivingLicences(),
				repo.occupations(p.id(), "WANTED"), repo.occupations(p.id(), "EXPERIENCED"), repo.skills(p.id()),
				plans.latestConsultantScores(p.id()), p.targetGroups(), p.status(), p.entryDate(), p.exitDate());
	}

	@Override
	public ParticipantSituations situations(long participantId) {
		Participant p = read(participantId, "situations");
		List<FollowUp> f = repo.followUps(p.id());
		ExitSituation w4 = f.stream().filter(x -> x.kind() == FollowUpKind.WEEKS_4).map(FollowUp::situation)
			.filter(x -> x != null).findFirst().orElse(null);
		FollowUp m6 = f.stream().filter(x -> x.kind() == FollowUpKind.MONTHS_6).findFirst().orElse(null);
		return new ParticipantSituations(p.id(), p.pseudonym(), p.labourMarketStatus(), p.incomeSource(),
				p.longTermUnemployed(settings.ltuRule()), p.entryDate(), p.exitDate(), p.exitSituation(), w4,
				m6 == null ? null : m6.situation(),
				m6 != null && ImprovedSituationRule.improved(p.labourMarketStatus(), m6.improvement()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<StatisticalRecord> statisticalRecords(@Nullable Long programmeId) {
		CurrentUser user = users.current().orElse(null);
		if (user == null || !user.hasAny(Role.ANALYST, Role.UNIT_MANAGER, Role.CONSULTANT, Role.ADMIN)) {
			return List.of();
		}
		return plans.statisticalRecords(programmeId, settings.ltuRule());
	}
}
