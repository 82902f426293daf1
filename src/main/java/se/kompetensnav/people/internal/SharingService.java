package se.kompetensnav.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.people.ParticipantProfile;
import se.kompetensnav.people.ParticipantShareChanged;
import se.kompetensnav.people.SharedProfile;
import se.kompetensnav.people.SharedProfiles;

/**
 * Sharing participants for matching, with the participant's consent. Only the participant's own case workers
 * ({@link CaseAccess}) share or withdraw; every signed-in user may read the anonymised shared profiles.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class SharingService implements SharedProfiles {

	static final String PURPOSE = "matching";

	private final JdbcClient jdbc;

	private final ParticipantService participants;

	private final ParticipantRepository repo;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SharingService(JdbcClient jdbc, ParticipantService participants, ParticipantRepository repo, CurrentUsers users,
			AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.participants = participants;
		this.repo = repo;
		this.users = users;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The current sharing of a participant, as their case worker sees it. */
	public record Share(String reference, LocalDate consentDate, String consentRecordedBy,
			java.time.Instant sharedAt) {
	}

	/** What the case worker enters: the date the participant consented, and that they did. */
	public record ShareInput(@Nullable String consentDate, @Nullable Boolean consentGiven) {
	}

	/** The participant's current sharing, for their case worker (audited with the participant read). */
	public Optional<Share> status(long participantId) {
		participants.read(participantId, PURPOSE);
		return active(participantId);
	}

	/** Shares the participant for matching, recording the consent. Sharing again updates the consent date. */
	public Share share(long participantId, ShareInput input) {
		Participant p = participants.forUpdate(participantId);
		Inputs in = new Inputs();
		LocalDate consent = in.date("consentDate", input.consentDate(), true);
		if (!Boolean.TRUE.equals(input.consentGiven())) {
			in.error("consentGiven", "people.sharing.error.consent");
		}
		if (consent != null && consent.isAfter(LocalDate.now(clock))) {
			in.error("consentDate", "people.sharing.error.futureConsent");
		}
		in.throwIfAny();
		String by = users.require().username();
		withdrawRows(participantId, by);
		jdbc.sql("insert into ppl_matching_share (participant_id, reference, consent_date, consent_recorded_by, "
				+ "shared_at) values (?, ?, ?, ?, ?)")
			.params(participantId, reference(p.pseudonym()), Date.valueOf(consent), by,
					Timestamp.from(clock.instant()))
			.update();
		audit.record(AuditAction.UPDATE, ParticipantService.SUBJECT, participantId, p.pseudonym(), PURPOSE,
				"shared for matching, consent given " + consent);
		events.publishEvent(new ParticipantShareChanged(participantId, true));
		return active(participantId).orElseThrow();
	}

	/** Withdraws the sharing (the consent is withdrawn): the participant is no longer proposed to anyone. */
	public void withdraw(long participantId) {
		Participant p = participants.forUpdate(participantId);
		if (withdrawRows(participantId, users.require().username()) > 0) {
			audit.record(AuditAction.UPDATE, ParticipantService.SUBJECT, participantId, p.pseudonym(), PURPOSE,
					"sharing for matching withdrawn");
			events.publishEvent(new ParticipantShareChanged(participantId, false));
		}
	}

	private int withdrawRows(long participantId, String by) {
		return jdbc.sql("update ppl_matching_share set withdrawn_at = ?, withdrawn_by = ? "
				+ "where participant_id = ? and withdrawn_at is null")
			.params(Timestamp.from(clock.instant()), by, participantId).update();
	}

	private Optional<Share> active(long participantId) {
		return jdbc.sql("select reference, consent_date, consent_recorded_by, shared_at from ppl_matching_share "
				+ "where participant_id = ? and withdrawn_at is null order by id desc")
			.param(participantId)
			.query((rs, n) -> new Share(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list().stream().findFirst();
	}

	/** A stable reference that reveals nothing: the first 24 bits of a hash of the random pseudonym. */
	static String reference(String pseudonym) {
		try {
			byte[] h = MessageDigest.getInstance("SHA-256")
				.digest(("matching-share:" + pseudonym).getBytes(StandardCharsets.UTF_8));
			return "K-" + HexFormat.of().formatHex(h, 0, 3).toUpperCase(Locale.ROOT);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	// ---- module API ----

	private record Row(long participantId, String reference) {
	}

	/** The active shares of the participants (all of them when null), one per participant, by participant id. */
	private List<Row> activeRows(@Nullable Collection<Long> participantIds) {
		Map<Long, Row> out = new LinkedHashMap<>();
		jdbc.sql("select s.participant_id, s.reference from ppl_matching_share s "
				+ "join ppl_participant p on p.id = s.participant_id "
				+ "where s.withdrawn_at is null and p.culled_at is null"
				+ (participantIds == null ? "" : " and s.participant_id in (:ids)") + " order by s.participant_id")
			.params(participantIds == null ? Map.<String, Object>of() : Map.<String, Object>of("ids", participantIds))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach(r -> out.putIfAbsent(r.participantId(), r));
		return List.copyOf(out.values());
	}

	/** The anonymised profiles of the rows, in their order: a fixed number of queries per {@value #BATCH} rows. */
	private List<SharedProfile> profiles(List<Row> rows) {
		List<SharedProfile> out = new ArrayList<>(rows.size());
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			List<Long> ids = chunk.stream().map(Row::participantId).toList();
			Map<Long, Participant> people = new HashMap<>();
			repo.findAll(ids).forEach(p -> people.put(p.id(), p));
			Map<Long, Map<String, List<String>>> occupations = repo.occupationsOf(ids);
			Map<Long, List<ParticipantProfile.Skill>> skills = repo.skillsOf(ids);
			for (Row r : chunk) {
				Participant p = people.get(r.participantId());
				if (p == null) {
					continue;
				}
				Map<String, List<String>> occ = occupations.getOrDefault(p.id(), Map.of());
				out.add(new SharedProfile(p.id(), r.reference(), p.municipalityCode(), p.languages(),
						p.drivingLicences(), occ.getOrDefault("WANTED", List.of()),
						occ.getOrDefault("EXPERIENCED", List.of()), skills.getOrDefault(p.id(), List.of())));
			}
		}
		return out;
	}

	@Override
	@Transactional
	public List<SharedProfile> all() {
		if (users.current().isEmpty()) {
			return List.of();
		}
		List<SharedProfile> out = profiles(activeRows(null));
		for (SharedProfile s : out) {
			audit.record(AuditAction.SEARCH, ParticipantService.SUBJECT, s.participantId(), s.reference(), PURPOSE);
		}
		return out;
	}

	@Override
	@Transactional
	public Optional<SharedProfile> get(long participantId) {
		return Optional.ofNullable(get(List.of(participantId)).get(participantId));
	}

	@Override
	@Transactional
	public Map<Long, SharedProfile> get(Collection<Long> participantIds) {
		if (users.current().isEmpty() || participantIds.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = participantIds.stream().distinct().sorted().toList();
		Map<Long, SharedProfile> out = new LinkedHashMap<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			for (SharedProfile s : profiles(activeRows(ids.subList(from, Math.min(ids.size(), from + BATCH))))) {
				audit.record(AuditAction.READ, ParticipantService.SUBJECT, s.participantId(), s.reference(), PURPOSE);
				out.put(s.participantId(), s);
			}
		}
		return out;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> sharedAmong(Collection<Long> participantIds) {
		if (participantIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select participant_id from ppl_matching_share where withdrawn_at is null "
				+ "and participant_id in (:ids)").param("ids", participantIds).query(Long.class).list());
	}

	@Override
	@Transactional
	public Map<Long, String> caseNames(Collection<Long> participantIds) {
		CurrentUser user = users.current().orElse(null);
		Map<Long, String> out = new LinkedHashMap<>();
		if (user == null) {
			return out;
		}
		for (Long id : participantIds) {
			repo.find(id).filter(p -> CaseAccess.canSee(user, p.unitId(), p.consultantId())).ifPresent(p -> {
				audit.record(AuditAction.READ, ParticipantService.SUBJECT, p.id(), p.pseudonym(), PURPOSE, "name");
				out.put(p.id(), p.name());
			});
		}
		return out;
	}
}
