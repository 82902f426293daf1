package se.kompetensnav.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditEntry;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Units;

@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	private final Units units;

	private final Clock clock;

	private final TransactionTemplate separate;

	JdbcAuditLog(JdbcClient jdbc, CurrentUsers users, Units units, Clock clock, PlatformTransactionManager tx) {
		this.jdbc = jdbc;
		this.users = users;
		this.units = units;
		this.clock = clock;
		this.separate = new TransactionTemplate(tx);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Joins the caller's transaction, so a write and its audit row commit or roll back together. A refused access
	 * ({@link AuditAction#DENIED}) is written in a transaction of its own: the caller's rolls back when it answers
	 * 404, and the attempt must stay on record.
	 */
	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String subjectType, @Nullable Object subjectId,
			@Nullable Object personRef, String purpose, @Nullable String details) {
		if (action == AuditAction.DENIED) {
			separate.executeWithoutResult(status -> insert(action, subjectType, subjectId, personRef, purpose, details));
		}
		else {
			insert(action, subjectType, subjectId, personRef, purpose, details);
		}
	}

	private void insert(AuditAction action, String subjectType, @Nullable Object subjectId,
			@Nullable Object personRef, String purpose, @Nullable String details) {
		CurrentUser user = users.current().orElse(null);
		jdbc.sql("""
				insert into audit_log (at, user_id, username, unit_id, action, subject_type, subject_id, person_ref,
				                       purpose, details)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(clock.instant()), user == null ? null : user.id(),
					user == null ? "system" : user.username(), user == null ? null : user.unitId(), action.name(),
					subjectType, subjectId == null ? null : subjectId.toString(),
					personRef == null ? null : personRef.toString(), purpose, truncate(details))
			.update();
	}

	@Override
	public List<AuditEntry> search(@Nullable String username, @Nullable String personRef, @Nullable Instant from,
			@Nullable Instant to, @Nullable Long unitScope, int limit) {
		return search(new Filter(username, personRef, from, to, unitScope), 0, limit);
	}

	/**
	 * What a review asks for; null or blank parts do not filter. {@code to} is exclusive. {@code unitScope} limits
	 * the entries to those written by users of that unit or a unit below it.
	 */
	record Filter(@Nullable String username, @Nullable String personRef, @Nullable Instant from,
			@Nullable Instant to, @Nullable Long unitScope) {
	}

	/** A page of entries, newest first. */
	List<AuditEntry> search(Filter filter, int offset, int limit) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		String sql = "select id, at, user_id, username, unit_id, action, subject_type, subject_id, person_ref, purpose,"
				+ " details from audit_log where " + where + " order by at desc, id desc limit "
				+ Math.max(1, Math.min(limit, 100_000)) + " offset " + Math.max(0, offset);
		return jdbc.sql(sql).params(params).query((rs, n) -> {
			long uid = rs.getLong("user_id");
			Long userId = rs.wasNull() ? null : uid;
			long unit = rs.getLong("unit_id");
			Long unitId = rs.wasNull() ? null : unit;
			return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), userId, rs.getString("username"),
					unitId, AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"),
					rs.getString("subject_id"), rs.getString("person_ref"), rs.getString("purpose"),
					rs.getString("details"));
		}).list();
	}

	long count(Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		return jdbc.sql("select count(*) from audit_log where " + where).params(params).query(Long.class).single();
	}

	private String where(Filter filter, List<Object> params) {
		StringBuilder sql = new StringBuilder("1 = 1");
		if (filter.username() != null && !filter.username().isBlank()) {
			sql.append(" and username = ?");
			params.add(filter.username().trim());
		}
		if (filter.personRef() != null && !filter.personRef().isBlank()) {
			sql.append(" and person_ref = ?");
			params.add(filter.personRef().trim());
		}
		if (filter.from() != null) {
			sql.append(" and at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		if (filter.unitScope() != null) {
			Set<Long> scope = units.subtree(filter.unitScope());
			sql.append(" and unit_id in (").append(String.join(",", scope.stream().map(u -> "?").toList())).append(")");
			params.addAll(scope);
		}
		return sql.toString();
	}

	private static @Nullable String truncate(@Nullable String s) {
		return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
	}
}
