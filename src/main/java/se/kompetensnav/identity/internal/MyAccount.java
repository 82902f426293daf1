package se.kompetensnav.identity.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.Units;

/** The signed-in user's own account: who they are, their roles and their place in the unit tree. */
@Service
public class MyAccount {

	private final CurrentUsers users;

	private final Units units;

	MyAccount(CurrentUsers users, Units units) {
		this.users = users;
		this.units = units;
	}

	/**
	 * @param unitPath the user's unit and its parents, the top first (empty without a unit)
	 */
	public record AccountView(long id, String username, String displayName, Set<Role> roles, @Nullable OrgUnit unit,
			List<OrgUnit> unitPath) {
	}

	public AccountView current() {
		CurrentUser user = users.require();
		List<OrgUnit> path = new ArrayList<>();
		Long next = user.unitId();
		while (next != null && path.size() < 50) {
			OrgUnit u = units.find(next).orElse(null);
			if (u == null) {
				break;
			}
			path.add(u);
			next = u.parentId();
		}
		Collections.reverse(path);
		return new AccountView(user.id(), user.username(), user.displayName(), user.roles(),
				path.isEmpty() ? null : path.getLast(), path);
	}
}
