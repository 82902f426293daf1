package se.kompetensnav.identity.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditEntry;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.OrgUnit;
import se.kompetensnav.identity.Role;
import se.kompetensnav.identity.Units;

/**
 * Loggkontroll: a unit manager reviews what the users of their unit (and the units below it) did to personal data;
 * an admin reviews everything. Filters by user, person and period; an export is itself recorded in the log.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'UNIT_MANAGER')")
public class AuditReview {

	public static final int PAGE_SIZE = 50;

	/** More rows than this in one export are refused: narrow the period instead. */
	public static final int MAX_EXPORT = 50_000;

	static final String PURPOSE = "loggkontroll";

	private final JdbcAuditLog log;

	private final AuditLog audit;

	private final CurrentUsers users;

	private final Units units;

	private final Clock clock;

	AuditReview(JdbcAuditLog log, AuditLog audit, CurrentUsers users, Units units, Clock clock) {
		this.log = log;
		this.audit = audit;
		this.users = users;
		this.units = units;
		this.clock = clock;
	}

	/** The review form as typed: dates as ISO text (YYYY-MM-DD), both inclusive. */
	public record Query(@Nullable String user, @Nullable String person, @Nullable String from, @Nullable String to) {

		public static Query empty() {
			return new Query(null, null, null, null);
		}
	}

	/** An entry with the name of the unit its user belonged to. */
	public record Row(AuditEntry entry, @Nullable String unitName) {
	}

	public record Page(List<Row> rows, int page, int pageSize, long total) {

		public int pages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages();
		}
	}

	public Page page(Query query, int page) {
		JdbcAuditLog.Filter filter = filter(query);
		int p = Math.max(0, page);
		long total = log.count(filter);
		List<AuditEntry> entries = log.search(filter, p * PAGE_SIZE, PAGE_SIZE);
		return new Page(rows(entries), p, PAGE_SIZE, total);
	}

	/** The matching entries as CSV (UTF-8); the export is recorded as an EXPORT entry in the same transaction. */
	@Transactional
	public String exportCsv(Query query) {
		JdbcAuditLog.Filter filter = filter(query);
		long total = log.count(filter);
		if (total > MAX_EXPORT) {
			throw new InvalidInputException(FieldError.of("from", "identity.audit.tooMany", MAX_EXPORT));
		}
		List<Row> rows = rows(log.search(filter, 0, MAX_EXPORT));
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("id", "at", "username", "unit", "action", "subject_type", "subject_id", "person_ref", "purpose",
					"details")
			.get()
			.print(out)) {
			for (Row r : rows) {
				AuditEntry e = r.entry();
				csv.printRecord(e.id(), e.at(), e.username(), r.unitName(), e.action(), e.subjectType(), e.subjectId(),
						e.personRef(), e.purpose(), e.details());
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		audit.record(AuditAction.EXPORT, "audit_log", null, blankToNull(query.person()), PURPOSE,
				describe(query) + " rows=" + rows.size());
		return out.toString();
	}

	private List<Row> rows(List<AuditEntry> entries) {
		Map<Long, String> names = units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
		return entries.stream().map(e -> new Row(e, e.unitId() == null ? null : names.get(e.unitId()))).toList();
	}

	/** Validates the query and scopes it to what the current user may review. */
	JdbcAuditLog.Filter filter(Query query) {
		List<FieldError> errors = new ArrayList<>();
		ZoneId zone = clock.getZone();
		LocalDate from = date("from", query.from(), errors);
		LocalDate to = date("to", query.to(), errors);
		if (from != null && to != null && to.isBefore(from)) {
			errors.add(FieldError.of("to", "identity.audit.toBeforeFrom"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant fromInstant = from == null ? null : from.atStartOfDay(zone).toInstant();
		Instant toInstant = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
		return new JdbcAuditLog.Filter(blankToNull(query.user()), blankToNull(query.person()), fromInstant, toInstant,
				scope());
	}

	/** Null for an admin (everything); the own unit for a unit manager; a unit that matches nothing otherwise. */
	private @Nullable Long scope() {
		CurrentUser user = users.require();
		if (user.has(Role.ADMIN)) {
			return null;
		}
		if (user.has(Role.UNIT_MANAGER) && user.unitId() != null) {
			return user.unitId();
		}
		return -1L;
	}

	private static @Nullable LocalDate date(String field, @Nullable String value, List<FieldError> errors) {
		String v = blankToNull(value);
		if (v == null) {
			return null;
		}
		try {
			return LocalDate.parse(v);
		}
		catch (DateTimeParseException e) {
			errors.add(FieldError.of(field, "validation.date"));
			return null;
		}
	}

	private static String describe(Query q) {
		return "user=" + nullToEmpty(q.user()) + " person=" + nullToEmpty(q.person()) + " from="
				+ nullToEmpty(q.from()) + " to=" + nullToEmpty(q.to());
	}

	private static String nullToEmpty(@Nullable String s) {
		return s == null ? "" : s.strip();
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
