package se.kompetensnav.parameters.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.parameters.ParameterValue;
import se.kompetensnav.parameters.Parameters;

/** Parameters in one append-only table: a change inserts a new version, nothing is updated or deleted. */
@Service
class JdbcParameters implements Parameters {

	static final String SYSTEM = "system";

	private static final String COLUMNS = "param_key, param_year, param_value, unit, source, note, version, changed_at, changed_by";

	private final JdbcClient jdbc;

	private final CurrentUsers users;

	private final Clock clock;

	JdbcParameters(JdbcClient jdbc, CurrentUsers users, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ParameterValue get(String key, int year) {
		return find(key, year).orElseThrow(() -> new NotFoundException("parameter", key + "@" + year));
	}

	public Optional<ParameterValue> find(String key, int year) {
		return jdbc.sql("select " + COLUMNS + " from parameter_value where param_key = ? and param_year <= ? "
				+ "order by param_year desc, version desc limit 1")
			.params(key, year)
			.query(JdbcParameters::map)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, ParameterValue> snapshot(Collection<String> keys, int year) {
		Map<String, ParameterValue> result = new LinkedHashMap<>();
		for (String key : keys) {
			result.put(key, get(key, year));
		}
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ParameterValue> current(String keyPrefix) {
		List<ParameterValue> all = jdbc.sql("select " + COLUMNS + " from parameter_value where param_key like ? "
				+ "order by param_key, param_year, version desc")
			.param(escapeLike(keyPrefix) + "%")
			.query(JdbcParameters::map)
			.list();
		// Newest version per key and year; the rows come newest first within each key and year.
		Map<String, ParameterValue> newest = new LinkedHashMap<>();
		for (ParameterValue v : all) {
			newest.putIfAbsent(v.key() + "\u0000" + v.year(), v);
		}
		List<ParameterValue> result = new ArrayList<>(newest.values());
		result.sort(Comparator.comparing(ParameterValue::key).thenComparingInt(ParameterValue::year));
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ParameterValue> history(String key, int year) {
		return jdbc.sql("select " + COLUMNS + " from parameter_value where param_key = ? and param_year = ? "
				+ "order by version desc")
			.params(key, year)
			.query(JdbcParameters::map)
			.list();
	}

	@Override
	@Transactional
	public ParameterValue change(String key, int year, BigDecimal value, String source, @Nullable String note) {
		CurrentUser user = users.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("parameters are changed by admins");
		}
		List<FieldError> errors = new ArrayList<>();
		if (source == null || source.isBlank()) {
			errors.add(FieldError.of("source", "validation.required"));
		}
		else if (source.length() > 1000) {
			errors.add(FieldError.of("source", "validation.size", 1, 1000));
		}
		if (note != null && note.length() > 2000) {
			errors.add(FieldError.of("note", "validation.size", 0, 2000));
		}
		if (year < 1900 || year > 2200) {
			errors.add(FieldError.of("year", "validation.range", 1900, 2200));
		}
		if (value.abs().compareTo(new BigDecimal("1e15")) >= 0) {
			errors.add(FieldError.of("value", "validation.range", "-1e15", "1e15"));
		}
		String unit = jdbc.sql("select unit from parameter_value where param_key = ? order by param_year desc, "
				+ "version desc limit 1").param(key).query(String.class).optional().orElse(null);
		if (unit == null) {
			errors.add(FieldError.of("key", "parameters.unknownKey", key));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		int version = jdbc.sql("select coalesce(max(version), 0) from parameter_value where param_key = ? and param_year = ?")
			.params(key, year).query(Integer.class).single() + 1;
		ParameterValue created = new ParameterValue(key, year, value, unit, source.strip(),
				note == null || note.isBlank() ? null : note.strip(), version, clock.instant(), user.username());
		insert(created);
		return created;
	}

	/** Inserts a shipped default as version 1 unless the key and year already have a value. */
	public boolean insertDefault(String key, int year, BigDecimal value, String unit, String source, @Nullable String note) {
		Integer existing = jdbc.sql("select count(*) from parameter_value where param_key = ? and param_year = ?")
			.params(key, year).query(Integer.class).single();
		if (existing > 0) {
			return false;
		}
		insert(new ParameterValue(key, year, value, unit, source, note, 1, clock.instant(), SYSTEM));
		return true;
	}

	private void insert(ParameterValue v) {
		jdbc.sql("insert into parameter_value (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(v.key(), v.year(), v.value(), v.unit(), v.source(), v.note(), v.version(),
					Timestamp.from(v.changedAt()), v.changedBy())
			.update();
	}

	private static String escapeLike(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** 58800.00000000 becomes 58800 and 0.31420000 becomes 0.3142 (never 5.88E+4). */
	static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static ParameterValue map(ResultSet rs, int row) throws SQLException {
		Instant at = rs.getTimestamp("changed_at").toInstant();
		return new ParameterValue(rs.getString("param_key"), rs.getInt("param_year"),
				plain(rs.getBigDecimal("param_value")), rs.getString("unit"), rs.getString("source"),
				rs.getString("note"), rs.getInt("version"), at, rs.getString("changed_by"));
	}
}
