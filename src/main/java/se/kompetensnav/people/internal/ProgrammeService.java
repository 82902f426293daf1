package se.kompetensnav.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.Units;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.TargetGroup;

/**
 * Creating and editing programmes. Admins may manage any unit's programmes, a unit manager those owned by a unit in
 * their subtree; everyone else is refused (403), and a programme outside the manager's scope is not found. Every
 * problem is reported at its field before anything is written; the change and its audit row commit together.
 */
@Service
@Transactional
public class ProgrammeService {

	static final String SUBJECT = "programme";

	static final String PURPOSE = "programme administration";

	/** A staff member as shown in the form and the API. */
	public record StaffMember(long userId, String username, String displayName, String role) {
	}

	private final ProgrammeRepository repo;

	private final ParticipantRepository participants;

	private final Staff staff;

	private final Units units;

	private final CurrentUsers users;

	private final AuditLog audit;

	ProgrammeService(ProgrammeRepository repo, ParticipantRepository participants, Staff staff, Units units,
			CurrentUsers users, AuditLog audit) {
		this.repo = repo;
		this.participants = participants;
		this.staff = staff;
		this.units = units;
		this.users = users;
		this.audit = audit;
	}

	/** Whether the signed-in user may create programmes at all (admins and unit managers). */
	@Transactional(readOnly = true)
	public boolean canManage() {
		CurrentUser user = users.current().orElse(null);
		return user != null && user.hasAny(Role.ADMIN, Role.UNIT_MANAGER);
	}

	/** Units the user may own programmes in: every unit for admins, the subtree for unit managers. */
	@Transactional(readOnly = true)
	public List<OrgUnit> manageableUnits() {
		CurrentUser user = requireManager();
		return units.all().stream().filter(u -> mayOwn(user, u.id())).toList();
	}

	/** Users who may be staff of programmes the user manages. */
	@Transactional(readOnly = true)
	public List<Staff.Member> staffCandidates() {
		return staff.membersIn(manageableUnits().stream().map(OrgUnit::id).toList());
	}

	/** The programme for editing; not found when outside the user's scope. */
	@Transactional(readOnly = true)
	public Programme editable(long id) {
		CurrentUser user = requireManager();
		Programme p = repo.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
		if (!mayOwn(user, p.unitId())) {
			throw new NotFoundException(SUBJECT, id);
		}
		return p;
	}

	@Transactional(readOnly = true)
	public List<StaffMember> staffOf(long programmeId) {
		return repo.staffMembers(programmeId);
	}

	public Programme create(ProgrammeInput input) {
		CurrentUser user = requireManager();
		Inputs in = new Inputs();
		Programme draft = parse(input, in, user, 0, null);
		in.throwIfAny();
		long id = repo.insert(draft);
		List<StaffMember> members = staffOf(input, in, draft.unitId());
		members.forEach(m -> repo.addStaff(id, m.userId(), m.role()));
		audit.record(AuditAction.CREATE, SUBJECT, id, null, PURPOSE, summary(draft, members));
		return repo.find(id).orElseThrow();
	}

	public Programme update(long id, ProgrammeInput input) {
		CurrentUser user = requireManager();
		Programme current = editable(id);
		Inputs in = new Inputs();
		Programme draft = parse(input, in, user, id, current);
		in.throwIfAny();
		repo.update(draft);
		List<StaffMember> members = staffOf(input, in, draft.unitId());
		repo.replaceStaff(id, members);
		audit.record(AuditAction.UPDATE, SUBJECT, id, null, PURPOSE, summary(draft, members));
		return repo.find(id).orElseThrow();
	}

	private CurrentUser requireManager() {
		CurrentUser user = users.current().orElse(null);
		if (user == null || !user.hasAny(Role.ADMIN, Role.UNIT_MANAGER)) {
			throw new AccessDeniedException("programmes are managed by admins and unit managers");
		}
		return user;
	}

	private static boolean mayOwn(CurrentUser user, long unitId) {
		return user.has(Role.ADMIN) || user.has(Role.UNIT_MANAGER) && user.canSeeUnit(unitId);
	}

	private static String summary(Programme p, List<StaffMember> members) {
		return "unit " + p.unitId() + ", " + p.places() + " places, staff "
				+ members.stream().map(StaffMember::username).toList();
	}

	/** Parses and checks everything but the staff list (which needs the checked unit). */
	private @Nullable Programme parse(ProgrammeInput input, Inputs in, CurrentUser user, long id,
			@Nullable Programme current) {
		String name = in.required("name", input.name(), 200);
		Long unitId = input.unitId();
		if (unitId == null) {
			in.error("unitId", "people.error.required");
		}
		else if (units.find(unitId).isEmpty() || !mayOwn(user, unitId)) {
			in.error("unitId", "people.error.unit");
		}
		else if (current != null && current.unitId() != unitId && !participants.byProgramme(current.id()).isEmpty()) {
			// the cases belong to the owning unit: moving them is not an edit of the programme
			in.error("unitId", "people.error.unitHasParticipants");
		}
		String funder = in.optional("funder", input.funder(), 100);
		String operationId = in.optional("operationId", input.operationId(), 40);
		LocalDate starts = in.date("startsOn", input.startsOn(), true);
		LocalDate ends = in.date("endsOn", input.endsOn(), false);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			in.error("endsOn", "people.error.endBeforeStart");
		}
		Integer places = in.integer("places", input.places(), 1, 100_000, true);
		if (places != null && current != null) {
			int enrolled = participants.countEnrolled(current.id());
			if (places < enrolled) {
				in.error("places", "people.error.placesBelowEnrolled", enrolled);
			}
		}
		Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
		for (String code : input.targetGroups() == null ? List.<String>of() : input.targetGroups()) {
			if (code == null || code.isBlank()) {
				continue;
			}
			TargetGroup.parse(code).ifPresentOrElse(groups::add,
					() -> in.error("targetGroups", "people.error.targetGroup", code.trim()));
		}
		List<String> sites = new ArrayList<>();
		for (String s : input.sites() == null ? List.<String>of() : input.sites()) {
			String site = in.optional("sites", s, 200);
			if (site != null && site.contains("\n")) {
				in.error("sites", "people.error.choice", site);
			}
			else if (site != null) {
				sites.add(site);
			}
		}
		if (String.join("\n", sites).length() > 1000) {
			in.error("sites", "people.error.tooLong", 1000);
		}
		if (unitId != null && !in.hasError("unitId")) {
			staffOf(input, in, unitId);
		}
		if (!in.errors().isEmpty()) {
			return null;
		}
		return new Programme(id, name, unitId, funder, operationId, starts, ends, places, groups, sites,
				current != null && current.demo());
	}

	/** The checked staff list; problems go to {@code in} at {@code staff[i].username} / {@code staff[i].role}. */
	private List<StaffMember> staffOf(ProgrammeInput input, Inputs in, long unitId) {
		Set<Long> scope = units.subtree(unitId);
		List<StaffMember> out = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		int i = 0;
		for (ProgrammeInput.StaffInput s : input.staff() == null ? List.<ProgrammeInput.StaffInput>of()
				: input.staff()) {
			String field = "staff[" + i++ + "]";
			if (s == null) {
				continue;
			}
			String username = in.required(field + ".username", s.username(), 80);
			String role = in.required(field + ".role", s.role(), 80);
			Staff.Member m = username.isEmpty() ? null : staff.byUsername(username).orElse(null);
			if (!username.isEmpty() && (m == null || !scope.contains(m.unitId()))) {
				in.error(field + ".username", "people.error.staff", username);
			}
			else if (m != null && !seen.add(m.id())) {
				in.error(field + ".username", "people.error.staffTwice", username);
			}
			else if (m != null && !role.isEmpty()) {
				out.add(new StaffMember(m.id(), m.username(), m.displayName(), role));
			}
		}
		return out;
	}
}
