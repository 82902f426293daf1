package se.kompetensnav.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names and units of users, for assigning consultants. Reads the identity tables directly because identity has no
 * user directory API yet.
 */
@Component
public class Staff {

	/** A consultant or manager who can be assigned to a case. */
	public record Member(long id, String username, String displayName, long unitId) {
	}

	private final JdbcClient jdbc;

	Staff(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Member> byUsername(String username) {
		return jdbc.sql("select id, username, display_name, unit_id from app_user where username = ? "
				+ "and unit_id is not null").param(username).query(Member.class).optional();
	}

	public Optional<Member> byId(long id) {
		return jdbc.sql("select id, username, display_name, unit_id from app_user where id = ? and unit_id is not null")
			.param(id).query(Member.class).optional();
	}

	/** Consultants whose unit is one of {@code unitIds}. */
	public List<Member> consultantsIn(java.util.Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select u.id, u.username, u.display_name, u.unit_id from app_user u join app_user_role r "
				+ "on r.user_id = u.id where r.role = 'CONSULTANT' and u.unit_id in (:units) order by u.display_name")
			.param("units", unitIds).query(Member.class).list();
	}
}
