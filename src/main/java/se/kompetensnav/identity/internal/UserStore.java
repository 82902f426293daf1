package se.kompetensnav.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.identity.Role;

/** Users and their roles. */
@Repository
class UserStore {

	private static final String COLUMNS = """
			id, username, password_hash, display_name, email, unit_id, enabled, failed_attempts, locked_until, demo""";

	private final JdbcClient jdbc;

	UserStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from app_user where username = ?").param(username)
			.query(this::map).optional();
	}

	Optional<UserAccount> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from app_user where id = ?").param(id).query(this::map).optional();
	}

	List<UserAccount> all() {
		return jdbc.sql("select " + COLUMNS + " from app_user order by username").query(this::map).list();
	}

	long count() {
		return jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	@Transactional
	long create(String username, @Nullable String passwordHash, String displayName, @Nullable String email,
			@Nullable Long unitId, Set<Role> roles, boolean demo) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, email, unit_id, demo)
				values (?, ?, ?, ?, ?, ?)""")
			.params(username, passwordHash, displayName, email, unitId, demo)
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		setRoles(id, roles);
		return id;
	}

	@Transactional
	void update(long id, String displayName, @Nullable String email, @Nullable Long unitId, boolean enabled,
			Set<Role> roles) {
		jdbc.sql("update app_user set display_name = ?, email = ?, unit_id = ?, enabled = ? where id = ?")
			.params(displayName, email, unitId, enabled, id).update();
		setRoles(id, roles);
	}

	void setPassword(long id, String passwordHash) {
		jdbc.sql("update app_user set password_hash = ?, failed_attempts = 0, locked_until = null where id = ?")
			.params(passwordHash, id).update();
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, id).update();
	}

	void unlock(long id) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = ?").param(id).update();
	}

	private void setRoles(long id, Set<Role> roles) {
		jdbc.sql("delete from app_user_role where user_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
		}
	}

	/** Counts a failed login; locks the account when the count reaches {@code maxAttempts}. */
	void recordFailure(String username, int maxAttempts, Instant lockUntil) {
		jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = ?").param(username)
			.update();
		jdbc.sql("update app_user set locked_until = ?, failed_attempts = 0 where username = ? and failed_attempts >= ?")
			.params(Timestamp.from(lockUntil), username, maxAttempts).update();
	}

	void recordSuccess(String username) {
		jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ? and failed_attempts > 0")
			.param(username).update();
	}

	private UserAccount map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		long unit = rs.getLong("unit_id");
		Long unitId = rs.wasNull() ? null : unit;
		Timestamp locked = rs.getTimestamp("locked_until");
		return new UserAccount(id, rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), rs.getString("email"), unitId, rs.getBoolean("enabled"),
				rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), rs.getBoolean("demo"),
				roles(id));
	}

	private Set<Role> roles(long userId) {
		List<String> names = jdbc.sql("select role from app_user_role where user_id = ?").param(userId)
			.query(String.class).list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach(n -> roles.add(Role.valueOf(n)));
		return roles;
	}
}
