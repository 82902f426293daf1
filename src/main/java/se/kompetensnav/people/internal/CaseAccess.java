package se.kompetensnav.people.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.Role;

/**
 * Who may see a participant's case. The case belongs to the unit that owns the programme (OSL 26:1 secrecy applies
 * between municipal branches): a consultant sees the participants assigned to them within their unit, a unit
 * manager every case in their unit's subtree. Nobody else, admins and analysts included, sees personal data.
 */
public final class CaseAccess {

	private CaseAccess() {
	}

	public static boolean canSee(@Nullable CurrentUser user, long unitId, @Nullable Long consultantId) {
		if (user == null) {
			return false;
		}
		if (user.has(Role.UNIT_MANAGER) && user.canSeeUnit(unitId)) {
			return true;
		}
		return user.has(Role.CONSULTANT) && user.canSeeUnit(unitId) && Objects.equals(consultantId, user.id());
	}

	/** Who may open cases in (and see the programme page of) a programme owned by {@code unitId}. */
	public static boolean canWorkIn(@Nullable CurrentUser user, long unitId) {
		return user != null && user.hasAny(Role.CONSULTANT, Role.UNIT_MANAGER) && user.canSeeUnit(unitId);
	}
}
