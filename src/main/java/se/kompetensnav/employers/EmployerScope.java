package se.kompetensnav.employers;

import org.springframework.stereotype.Component;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;

/**
 * Who may see and change which organisation. Employer contacts see and change only the organisation of their own
 * unit; staff (admin, unit manager, consultant, analyst) read every organisation (these are not personal data);
 * only admins and the organisation's own contacts change it. Anything out of scope answers 404 and is logged as
 * {@link AuditAction#DENIED}.
 */
@Component
class EmployerScope {

	private final CurrentUsers users;

	private final AuditLog audit;

	EmployerScope(CurrentUsers users, AuditLog audit) {
		this.users = users;
		this.audit = audit;
	}

	CurrentUser user() {
		return users.require();
	}

	boolean isStaffReader(CurrentUser u) {
		return u.hasAny(Role.ADMIN, Role.UNIT_MANAGER, Role.CONSULTANT, Role.ANALYST);
	}

	boolean canRead(Organisation org) {
		CurrentUser u = user();
		return isStaffReader(u) || (u.has(Role.EMPLOYER) && u.unitId() != null && u.unitId() == org.unitId());
	}

	boolean canWrite(Organisation org) {
		CurrentUser u = user();
		return u.has(Role.ADMIN) || (u.has(Role.EMPLOYER) && u.unitId() != null && u.unitId() == org.unitId());
	}

	void requireRead(Organisation org, String what, Object id) {
		if (!canRead(org)) {
			deny(what, id);
		}
	}

	void requireWrite(Organisation org, String what, Object id) {
		if (!canWrite(org)) {
			deny(what, id);
		}
	}

	void deny(String what, Object id) {
		audit.record(AuditAction.DENIED, what, id, null, "employers: out of scope");
		throw new NotFoundException(what, id);
	}
}
