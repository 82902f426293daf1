package se.kompetensnav.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.UserDirectory;

/** Names and units of users, for assigning consultants and staffing programmes, from identity's directory. */
@Component
public class Staff {

	/** A consultant or manager who can be assigned to a case. */
	public record Member(long id, String username, String displayName, long unitId) {

		static Optional<Member> of(UserDirectory.Entry e) {
			return e.unitId() == null ? Optional.empty()
					: Optional.of(new Member(e.id(), e.username(), e.displayName(), e.unitId()));
		}
	}

	private final UserDirectory directory;

	Staff(UserDirectory directory) {
		this.directory = directory;
	}

	public Optional<Member> byUsername(String username) {
		return directory.byUsername(username).flatMap(Member::of);
	}

	public Optional<Member> byId(long id) {
		return directory.byId(id).flatMap(Member::of);
	}

	/** Every user whose unit is one of {@code unitIds}. */
	public List<Member> membersIn(Collection<Long> unitIds) {
		return directory.inUnits(unitIds).stream().flatMap(e -> Member.of(e).stream()).toList();
	}

	/** Consultants whose unit is one of {@code unitIds}. */
	public List<Member> consultantsIn(Collection<Long> unitIds) {
		return directory.inUnits(unitIds).stream().filter(e -> e.has(Role.CONSULTANT))
			.flatMap(e -> Member.of(e).stream()).toList();
	}
}
