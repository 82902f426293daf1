package se.kompetensnav.people.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.people.Programme;
import se.kompetensnav.people.Programmes;

/** {@link Programmes}: which programmes' aggregated figures a user may see. */
@Service
@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
class ProgrammeDirectory implements Programmes {

	private final ProgrammeRepository programmes;

	private final CurrentUsers users;

	private final AuditLog audit;

	ProgrammeDirectory(ProgrammeRepository programmes, CurrentUsers users, AuditLog audit) {
		this.programmes = programmes;
		this.users = users;
		this.audit = audit;
	}

	@Override
	public List<Programme> forAggregates() {
		CurrentUser user = users.current().orElse(null);
		if (user == null) {
			return List.of();
		}
		if (user.has(Role.ADMIN)) {
			return programmes.all();
		}
		if (user.hasAny(Role.UNIT_MANAGER, Role.ANALYST)) {
			return programmes.byUnits(user.visibleUnitIds());
		}
		return List.of();
	}

	@Override
	@Transactional(noRollbackFor = NotFoundException.class)
	public Programme forAggregates(long programmeId) {
		CurrentUser user = users.current().orElse(null);
		Programme p = programmes.find(programmeId).orElse(null);
		if (p == null || !allowed(user, p.unitId())) {
			audit.record(AuditAction.DENIED, "programme", programmeId, null, "aggregated programme figures");
			throw new NotFoundException("programme", programmeId);
		}
		return p;
	}

	static boolean allowed(@Nullable CurrentUser user, long unitId) {
		return user != null && (user.has(Role.ADMIN)
				|| user.hasAny(Role.UNIT_MANAGER, Role.ANALYST) && user.canSeeUnit(unitId));
	}
}
