package se.kompetensnav.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;

/**
 * Personal API tokens: a random secret shown once, stored only as its SHA-256 hash. Revoked or expired tokens
 * no longer authenticate.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "kn_";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record TokenInfo(long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
		public boolean active() {
			return revokedAt == null;
		}
	}

	public record IssuedToken(long id, String name, String token) {
	}

	/** Issues a token; the returned secret is the only time it is seen (only its hash is stored). */
	@Transactional
	public IssuedToken issue(long userId, @Nullable String name, @Nullable Instant expiresAt) {
		String trimmed = name == null ? "" : name.trim();
		List<FieldError> errors = new ArrayList<>();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			errors.add(FieldError.of("name", "validation.size", 1, 100));
		}
		if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
			errors.add(FieldError.of("expiresAt", "identity.validation.future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
			.params(userId, trimmed, hash(token), token.substring(0, 8), Timestamp.from(clock.instant()),
					expiresAt == null ? null : Timestamp.from(expiresAt))
			.update(keys, "id");
		return new IssuedToken(keys.getKeyAs(Long.class), trimmed, token);
	}

	public List<TokenInfo> list(long userId) {
		return jdbc.sql("""
				select id, name, prefix, created_at, expires_at, last_used_at, revoked_at
				from api_token where user_id = ? order by created_at desc, id desc""")
			.param(userId)
			.query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("expires_at")),
					instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	@Transactional
	public void revoke(long userId, long tokenId) {
		int n = jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), tokenId, userId).update();
		if (n == 0) {
			throw new NotFoundException("token", tokenId);
		}
	}

	/** The user id a valid token belongs to. */
	@Transactional
	Optional<Long> authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(clock.instant());
		Optional<long[]> found = jdbc.sql("""
				select id, user_id from api_token
				where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)""")
			.params(hash(token), now)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).optional();
		found.ifPresent(f -> jdbc.sql("update api_token set last_used_at = ? where id = ?").params(now, f[0]).update());
		return found.map(f -> f[1]);
	}

	private static @Nullable Instant instant(@Nullable Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	static String hash(String token) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
