package se.kompetensnav.places;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.places.internal.PlacesSettings;

/**
 * Inquiries from people who might move to a place: sent through a public form, matched to municipality profiles,
 * routed to the chosen or best-matching municipality's reception, answered there. Personal data: reception reads
 * only its own municipality's inquiries, and every read and write is audited.
 */
@Service
public class NewcomerInquiries {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$");

	public static final List<String> TIMINGS = List.of("NOW", "WITHIN_YEAR", "LATER");

	/** What the public form sends. {@code website} is a honeypot that people never fill in. */
	public record NewInquiry(@Nullable String municipalityCode, String name, String email, @Nullable String occupation,
			@Nullable String skills, int adults, int children, Set<String> wishes, String timing,
			@Nullable String message, boolean consent, @Nullable String website) {
	}

	public record Inquiry(long id, String token, String municipalityCode, String municipalityName,
			List<String> matchedCodes, Instant createdAt, String name, String email, @Nullable String occupation,
			@Nullable String skills, int adults, int children, Set<String> wishes, String timing,
			@Nullable String message, String status, @Nullable String answer, @Nullable Instant answeredAt,
			@Nullable Instant withdrawnAt) {

		public @Nullable Duration responseTime() {
			return answeredAt == null ? null : Duration.between(createdAt, answeredAt);
		}
	}

	/** Reception's response times. */
	public record ResponseTimes(int total, int answered, @Nullable Duration median, @Nullable Duration longestOpen) {
	}

	private final JdbcClient jdbc;

	private final PlaceProfiles profiles;

	private final PlaceIndicators indicators;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final PlacesSettings settings;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** Recent inquiries by channel and address, oldest first. */
	private final Map<String, Deque<Instant>> recentBySender = new ConcurrentHashMap<>();

	/** Above this many addresses, those with nothing recent are dropped so that the map does not grow forever. */
	private static final int SWEEP_ABOVE = 10_000;

	private volatile Instant lastSweep = Instant.EPOCH;

	NewcomerInquiries(JdbcClient jdbc, PlaceProfiles profiles, PlaceIndicators indicators, CurrentUsers users,
			AuditLog audit, PlacesSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.indicators = indicators;
		this.users = users;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Where an inquiry came from, which sets its rate limit per address: the public form ({@code FORM}, a person's
	 * browser: {@code kompetensnav.places.inquiries-per-hour}, default 5 an hour) or the JSON API ({@code API},
	 * often another site's back end sending for many people: {@code api-inquiries-per-minute}, default 10 a minute).
	 */
	public enum Channel {
		FORM, API
	}

	/** Thrown when one sender sends more than its channel allows in the channel's window. */
	public static class TooManyInquiries extends RuntimeException {

		public TooManyInquiries() {
			super("too many inquiries");
		}
	}

	/**
	 * Validates and stores an inquiry, or stores nothing. A filled honeypot is accepted silently and dropped (the
	 * returned inquiry has id 0). Valid inquiries count against the sender's (remote address's) limit for the
	 * channel; over it, {@link TooManyInquiries}.
	 */
	@Transactional
	public Inquiry submit(NewInquiry in, String sender, Channel channel) {
		List<FieldError> errors = new ArrayList<>();
		text(errors, "name", in.name(), 1, 120);
		if (in.email() == null || in.email().length() > 200 || !EMAIL.matcher(in.email().trim()).matches()) {
			errors.add(FieldError.of("email", "places.error.email"));
		}
		text(errors, "occupation", in.occupation(), 0, 200);
		text(errors, "skills", in.skills(), 0, 1000);
		text(errors, "message", in.message(), 0, 2000);
		if (in.adults() < 1 || in.adults() > 20) {
			errors.add(FieldError.of("adults", "validation.range", 1, 20));
		}
		if (in.children() < 0 || in.children() > 20) {
			errors.add(FieldError.of("children", "validation.range", 0, 20));
		}
		for (String w : in.wishes()) {
			if (!PlaceProfiles.LIFE_TAGS.contains(w)) {
				errors.add(FieldError.of("wishes", "validation.unknown", w));
			}
		}
		if (!TIMINGS.contains(in.timing())) {
			errors.add(FieldError.of("timing", "validation.unknown", in.timing()));
		}
		if (in.municipalityCode() != null && !in.municipalityCode().isBlank()
				&& profiles.find(in.municipalityCode()).filter(PlaceProfiles.Profile::published).isEmpty()) {
			errors.add(FieldError.of("municipalityCode", "places.error.municipality", in.municipalityCode()));
		}
		if (!in.consent()) {
			errors.add(FieldError.of("consent", "places.error.consent"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		limitRate(sender, channel);
		List<String> matched = match(in);
		if (in.website() != null && !in.website().isBlank()) {
			return new Inquiry(0, "", "", "", List.of(), clock.instant(), in.name(), in.email(), null, null, 0, 0,
					Set.of(), in.timing(), null, "DROPPED", null, null, null);
		}
		String target = in.municipalityCode() != null && !in.municipalityCode().isBlank() ? in.municipalityCode()
				: matched.isEmpty() ? null : matched.get(0);
		if (target == null) {
			throw new InvalidInputException(FieldError.of("municipalityCode", "places.error.noReception"));
		}
		byte[] secret = new byte[18];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into place_inquiry (token, municipality_code, matched_codes, created_at, name, email, occupation,
				                           skills, adults, children, wishes, timing, message)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(token, target, String.join(",", matched), Timestamp.from(clock.instant()), in.name().trim(),
					in.email().trim(), blank(in.occupation()), blank(in.skills()), in.adults(), in.children(),
					String.join(",", in.wishes()), in.timing(), blank(in.message()))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		audit.record(AuditAction.CREATE, "newcomer-inquiry", id, "inquiry-" + id, "newcomer inquiry (public form)");
		return load(id);
	}

	/**
	 * Published profiles ranked for the inquiry: two points for each open job whose title or occupation names the
	 * person's occupation, one for each kind of life they wish for that the place offers; then by code.
	 */
	List<String> match(NewInquiry in) {
		record Scored(String code, int score) {
		}
		String occupation = in.occupation() == null ? "" : in.occupation().trim().toLowerCase(Locale.ROOT);
		return profiles.published().stream()
			.map(p -> new Scored(p.municipalityCode(),
					(int) p.lifeTags().stream().filter(in.wishes()::contains).count()
							+ 2 * jobsFor(p.municipalityCode(), occupation)))
			.sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::code))
			.limit(3).map(Scored::code).toList();
	}

	private int jobsFor(String code, String occupation) {
		if (occupation.length() < 3) {
			return 0;
		}
		return (int) profiles.openJobs(code).stream()
			.filter(j -> j.title().toLowerCase(Locale.ROOT).contains(occupation)
					|| j.occupation().toLowerCase(Locale.ROOT).contains(occupation))
			.count();
	}

	private void limitRate(String sender, Channel channel) {
		Instant now = clock.instant();
		int max = channel == Channel.API ? settings.apiInquiriesPerMinute() : settings.inquiriesPerHour();
		Instant since = now.minus(window(channel));
		boolean[] refused = { false };
		// compute runs atomically per key, so two requests from one address cannot both take the last place.
		recentBySender.compute(channel + " " + sender, (key, recent) -> {
			Deque<Instant> times = recent == null ? new ArrayDeque<>() : recent;
			while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
				times.pollFirst();
			}
			if (times.size() >= max) {
				refused[0] = true;
			}
			else {
				times.addLast(now);
			}
			return times;
		});
		if (recentBySender.size() > SWEEP_ABOVE && lastSweep.isBefore(now.minus(Duration.ofMinutes(1)))) {
			lastSweep = now;
			for (String key : recentBySender.keySet()) {
				Instant keyed = now.minus(window(key.startsWith(Channel.API.name()) ? Channel.API : Channel.FORM));
				recentBySender.computeIfPresent(key,
						(k, times) -> times.isEmpty() || !times.peekLast().isAfter(keyed) ? null : times);
			}
		}
		if (refused[0]) {
			throw new TooManyInquiries();
		}
	}

	private static Duration window(Channel channel) {
		return channel == Channel.API ? Duration.ofMinutes(1) : Duration.ofHours(1);
	}

	/** The sender withdraws the inquiry with the token from the confirmation: personal data is erased. */
	@Transactional
	public void withdraw(String token) {
		Long id = jdbc.sql("select id from place_inquiry where token = ? and withdrawn_at is null").param(token)
			.query(Long.class).optional().orElseThrow(() -> new NotFoundException("inquiry", "token"));
		jdbc.sql("""
				update place_inquiry set name = '-', email = '-', occupation = null, skills = null, message = null,
				       answer = null, status = 'WITHDRAWN', withdrawn_at = ? where id = ?""")
			.params(Timestamp.from(clock.instant()), id).update();
		audit.record(AuditAction.DELETE, "newcomer-inquiry", id, "inquiry-" + id, "withdrawn by the sender");
	}

	/** The inquiries routed to the municipalities the current user receives for. */
	@Transactional
	public List<Inquiry> inbox() {
		Set<String> codes = receivingMunicipalities();
		if (codes.isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.sql("select id, municipality_code from place_inquiry where withdrawn_at is null "
				+ "order by created_at desc, id desc")
			.query((rs, n) -> codes.contains(rs.getString(2)) ? rs.getLong(1) : null).list().stream()
			.filter(java.util.Objects::nonNull).toList();
		List<Inquiry> result = ids.stream().map(this::load).toList();
		audit.record(AuditAction.READ, "newcomer-inquiry", null, null, "reception inbox",
				result.size() + " inquiries listed");
		return result;
	}

	@Transactional
	public Inquiry read(long id) {
		Inquiry inquiry = scoped(id);
		audit.record(AuditAction.READ, "newcomer-inquiry", id, "inquiry-" + id, "reception");
		return inquiry;
	}

	@Transactional
	public Inquiry answer(long id, String text) {
		Inquiry inquiry = scoped(id);
		if (text == null || text.isBlank() || text.length() > 4000) {
			throw new InvalidInputException(FieldError.of("answer", "validation.size", 1, 4000));
		}
		jdbc.sql("update place_inquiry set answer = ?, answered_at = ?, answered_by = ?, status = 'ANSWERED' where id = ?")
			.params(text.trim(), Timestamp.from(clock.instant()), users.require().username(), id).update();
		audit.record(AuditAction.UPDATE, "newcomer-inquiry", id, "inquiry-" + id, "reception answered");
		return load(inquiry.id());
	}

	public ResponseTimes responseTimes() {
		List<Inquiry> all = inboxWithoutAudit();
		List<Duration> answered = all.stream().map(Inquiry::responseTime).filter(java.util.Objects::nonNull)
			.sorted().toList();
		Duration median = answered.isEmpty() ? null : answered.get(answered.size() / 2);
		Instant now = clock.instant();
		Duration longest = all.stream().filter(i -> i.answeredAt() == null)
			.map(i -> Duration.between(i.createdAt(), now)).max(Comparator.naturalOrder()).orElse(null);
		return new ResponseTimes(all.size(), answered.size(), median, longest);
	}

	private List<Inquiry> inboxWithoutAudit() {
		Set<String> codes = receivingMunicipalities();
		return jdbc.sql("select id, municipality_code from place_inquiry where withdrawn_at is null")
			.query((rs, n) -> codes.contains(rs.getString(2)) ? rs.getLong(1) : null).list().stream()
			.filter(java.util.Objects::nonNull).map(this::load).toList();
	}

	private Inquiry scoped(long id) {
		Inquiry inquiry = jdbc.sql("select id from place_inquiry where id = ? and withdrawn_at is null").param(id)
			.query(Long.class).optional().map(this::load).orElseThrow(() -> new NotFoundException("inquiry", id));
		if (!receivingMunicipalities().contains(inquiry.municipalityCode())) {
			audit.record(AuditAction.DENIED, "newcomer-inquiry", id, "inquiry-" + id, "outside the user's reception");
			throw new NotFoundException("inquiry", id);
		}
		return inquiry;
	}

	/**
	 * The municipalities whose inquiries the user handles: a profile's reception unit within the user's subtree;
	 * for a unit manager or consultant without such a profile, the municipality of their own unit.
	 */
	Set<String> receivingMunicipalities() {
		CurrentUser user = users.current().orElse(null);
		if (user == null || !user.hasAny(Role.UNIT_MANAGER, Role.CONSULTANT, Role.ADMIN)) {
			return Set.of();
		}
		Set<String> codes = new java.util.HashSet<>();
		for (PlaceProfiles.Profile p : profiles.published()) {
			if (p.receptionUnitId() != null && user.canSeeUnit(p.receptionUnitId())) {
				codes.add(p.municipalityCode());
			}
		}
		return codes;
	}

	private Inquiry load(long id) {
		return jdbc.sql("""
				select id, token, municipality_code, matched_codes, created_at, name, email, occupation, skills, adults,
				       children, wishes, timing, message, status, answer, answered_at, withdrawn_at
				from place_inquiry where id = ?""").param(id).query((rs, n) -> {
			String matched = rs.getString(4);
			Timestamp answered = rs.getTimestamp(17);
			Timestamp withdrawn = rs.getTimestamp(18);
			return new Inquiry(rs.getLong(1), rs.getString(2), rs.getString(3),
					indicators.municipalityName(rs.getString(3)).orElse(rs.getString(3)),
					matched == null || matched.isBlank() ? List.of() : List.of(matched.split(",")),
					rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getInt(10), rs.getInt(11), PlaceProfiles.tags(rs.getString(12)),
					rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
					answered == null ? null : answered.toInstant(), withdrawn == null ? null : withdrawn.toInstant());
		}).single();
	}

	private static void text(List<FieldError> errors, String field, @Nullable String value, int min, int max) {
		int len = value == null ? 0 : value.trim().length();
		if (len < min || (value != null && value.length() > max)) {
			errors.add(FieldError.of(field, "validation.size", min, max));
		}
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
