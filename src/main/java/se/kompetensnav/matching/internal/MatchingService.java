package se.kompetensnav.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import se.kompetensnav.education.Catalogue;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.CriticalFunction;
import se.kompetensnav.employers.Importance;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.employers.SkillRequirement;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.identity.Role;
import se.kompetensnav.matching.Matching;
import se.kompetensnav.matching.core.GapPlan;
import se.kompetensnav.matching.core.GapPlanner;
import se.kompetensnav.matching.core.Match;
import se.kompetensnav.matching.core.MatchContext;
import se.kompetensnav.matching.core.MatchEngine;
import se.kompetensnav.matching.core.MatchWeights.OccupationTier;
import se.kompetensnav.matching.core.Offer;
import se.kompetensnav.matching.core.Opportunity;
import se.kompetensnav.matching.core.PersonProfile;
import se.kompetensnav.matching.core.Reach;
import se.kompetensnav.matching.core.Scorer;
import se.kompetensnav.matching.core.SkillClaim;
import se.kompetensnav.people.ParticipantProfile;
import se.kompetensnav.people.ParticipantShareChanged;
import se.kompetensnav.people.Participants;
import se.kompetensnav.people.SharedProfile;
import se.kompetensnav.people.SharedProfiles;
import se.kompetensnav.people.SkillAcquisition;
import se.kompetensnav.taxonomy.Concept;
import se.kompetensnav.taxonomy.Taxonomy;

/**
 * The matching engine over the application's data: an index of the participants shared for matching (and only
 * them) and one of the open opportunities.
 * <p>
 * Freshness: the side a question starts from is always read fresh (the participant, opportunity or need asked
 * about), and the viewed opportunity is re-indexed on read. A share or a withdrawal ({@link ParticipantShareChanged})
 * is applied to the index before the next question is answered. Everything else (other opportunities opened,
 * changed or closed; a shared participant's changed skills) is picked up by a full re-read of both sides when the
 * index is older than {@code kompetensnav.matching.refresh-after} (default one minute) at the time of a question;
 * the re-read upserts only what differs from the indexed records and removes what is gone.
 */
@Service
public class MatchingService implements Matching {

	static final String SUBJECT = "participant";

	static final String PURPOSE = "matching";

	private final SharedProfiles shared;

	private final Participants participants;

	private final Opportunities opportunities;

	private final CompetenceNeeds needs;

	private final Catalogue catalogue;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final ObjectProvider<Taxonomy> taxonomy;

	private final Clock clock;

	private final Duration refreshAfter;

	private final MatchContext context;

	private final MatchEngine engine;

	private final GapPlanner planner;

	private final Map<Long, SharedProfile> indexedPeople = new ConcurrentHashMap<>();

	private final Map<Long, se.kompetensnav.employers.Opportunity> indexedOpportunities = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<Long> changedShares = new ConcurrentLinkedQueue<>();

	/** Documents given to the engine to index (new or changed), and removed from it: see {@link #indexChanges()}. */
	private final LongAdder upserts = new LongAdder();

	private final LongAdder removals = new LongAdder();

	private volatile @Nullable Instant peopleLoaded;

	private volatile @Nullable Instant opportunitiesLoaded;

	MatchingService(SharedProfiles shared, Participants participants, Opportunities opportunities,
			CompetenceNeeds needs, Catalogue catalogue, CurrentUsers users, AuditLog audit,
			ObjectProvider<Taxonomy> taxonomy, Clock clock,
			@Value("${kompetensnav.matching.refresh-after:PT1M}") Duration refreshAfter) {
		this.shared = shared;
		this.participants = participants;
		this.opportunities = opportunities;
		this.needs = needs;
		this.catalogue = catalogue;
		this.users = users;
		this.audit = audit;
		this.taxonomy = taxonomy;
		this.clock = clock;
		this.refreshAfter = refreshAfter;
		this.context = TaxonomyFiles.load().context();
		this.engine = new MatchEngine(new Scorer(context));
		this.planner = new GapPlanner(context);
	}

	// ---------------------------------------------------------------- index upkeep

	@EventListener
	void shareChanged(ParticipantShareChanged e) {
		changedShares.add(e.participantId());
	}

	/**
	 * Brings the index up to date as described in the class comment. Only differences are applied: a profile or
	 * opportunity equal to the one indexed is left alone (an upsert gives the document a new number and leaves the
	 * old one deleted until the engine compacts), so an unchanged world costs no index work.
	 */
	synchronized void refresh() {
		Instant now = clock.instant();
		if (users.current().isPresent()) {
			if (stale(peopleLoaded, now)) {
				changedShares.clear();
				Map<Long, SharedProfile> current = new LinkedHashMap<>();
				shared.all().forEach(s -> current.put(s.participantId(), s));
				applyPeople(current, List.copyOf(indexedPeople.keySet()));
				peopleLoaded = now;
			}
			else {
				Set<Long> changed = new LinkedHashSet<>();
				for (Long id; (id = changedShares.poll()) != null;) {
					changed.add(id);
				}
				if (!changed.isEmpty()) {
					applyPeople(shared.get(changed), changed);
				}
			}
		}
		if (stale(opportunitiesLoaded, now)) {
			Map<Long, se.kompetensnav.employers.Opportunity> current = new LinkedHashMap<>();
			opportunities.allOpen().forEach(o -> current.put(o.id(), o));
			List<Opportunity> docs = new ArrayList<>();
			for (var o : current.values()) {
				if (!o.equals(indexedOpportunities.get(o.id()))) {
					indexedOpportunities.put(o.id(), o);
					docs.add(opportunity(o));
				}
			}
			for (Long gone : List.copyOf(indexedOpportunities.keySet())) {
				if (!current.containsKey(gone)) {
					indexedOpportunities.remove(gone);
					engine.removeOpportunity(opportunityId(gone));
					removals.increment();
				}
			}
			if (!docs.isEmpty()) {
				engine.load(docs, List.of());
				upserts.add(docs.size());
			}
			opportunitiesLoaded = now;
		}
	}

	/**
	 * Applies the shared profiles as they are now to the people index: of the {@code considered} ids, those in
	 * {@code current} are indexed when they differ from what is indexed, the others are removed.
	 */
	private void applyPeople(Map<Long, SharedProfile> current, Collection<Long> considered) {
		List<PersonProfile> profiles = new ArrayList<>();
		for (SharedProfile s : current.values()) {
			if (!s.equals(indexedPeople.get(s.participantId()))) {
				indexedPeople.put(s.participantId(), s);
				profiles.add(person(s));
			}
		}
		for (Long id : considered) {
			if (!current.containsKey(id) && indexedPeople.remove(id) != null) {
				engine.removePerson(personId(id));
				removals.increment();
			}
		}
		if (!profiles.isEmpty()) {
			engine.load(List.of(), profiles);
			upserts.add(profiles.size());
		}
	}

	private boolean stale(@Nullable Instant loaded, Instant now) {
		return loaded == null || !loaded.plus(refreshAfter).isAfter(now);
	}

	/** Re-indexes one opportunity as it is now (open: indexed unless unchanged; closed: removed). */
	private void reindex(se.kompetensnav.employers.Opportunity o) {
		if (o.open()) {
			if (!o.equals(indexedOpportunities.put(o.id(), o))) {
				engine.upsertOpportunity(opportunity(o));
				upserts.increment();
			}
		}
		else if (indexedOpportunities.remove(o.id()) != null) {
			engine.removeOpportunity(opportunityId(o.id()));
			removals.increment();
		}
	}

	static String personId(long participantId) {
		return "p" + participantId;
	}

	static String opportunityId(long id) {
		return "o" + id;
	}

	static long participantOf(String personId) {
		return Long.parseLong(personId.substring(1));
	}

	// ---------------------------------------------------------------- mapping onto the core

	PersonProfile person(SharedProfile s) {
		return profile(personId(s.participantId()), s.skills(), s.occupationsExperienced(), s.occupationsWanted(),
				s.municipalityCode(), s.languages(), s.drivingLicences());
	}

	PersonProfile person(ParticipantProfile p) {
		return profile(personId(p.id()), p.skills(), p.occupationsExperienced(), p.occupationsWanted(),
				p.municipalityCode(), p.languages(), p.drivingLicences());
	}

	/**
	 * People record no commuting reach or willingness to move yet: everyone is taken to reach the neighbouring
	 * municipalities. A formal or validated skill counts as validated.
	 */
	private static PersonProfile profile(String id, List<ParticipantProfile.Skill> skills, List<String> experienced,
			List<String> wanted, @Nullable String municipality, List<String> languages, List<String> licences) {
		Map<String, SkillClaim> claims = new LinkedHashMap<>();
		for (ParticipantProfile.Skill s : skills) {
			SkillClaim c = new SkillClaim(s.conceptId(), Math.max(0, Math.min(5, s.level())),
					s.acquired() != SkillAcquisition.INFORMAL);
			claims.merge(s.conceptId(), c, (a, b) -> a.creditPermille() >= b.creditPermille() ? a : b);
		}
		return new PersonProfile(id, List.copyOf(claims.values()), Set.copyOf(experienced), Set.copyOf(wanted),
				municipality == null ? "" : municipality, Reach.NEIGHBOURS, false, normalised(languages),
				normalised(licences), null, Set.of());
	}

	Opportunity opportunity(se.kompetensnav.employers.Opportunity o) {
		return new Opportunity(opportunityId(o.id()), o.occupationId(), o.municipalityCode(), ids(o.skills(), true),
				ids(o.skills(), false), labels(o.languages()), labels(o.drivingLicences()), null);
	}

	Opportunity requirement(String id, Requirement r) {
		return Opportunity.simple(id, r.occupationId(), r.municipalityCode() == null ? "" : r.municipalityCode(),
				r.mustSkillIds(), r.niceSkillIds());
	}

	Requirement requirement(CriticalFunction f, @Nullable String municipalityCode) {
		return new Requirement(f.occupationId(), municipalityCode, ids(f.skills(), true), ids(f.skills(), false));
	}

	private static List<String> ids(List<SkillRequirement> skills, boolean must) {
		return skills.stream().filter(s -> (s.importance() == Importance.MUST) == must).map(SkillRequirement::skillId)
			.toList();
	}

	/** People record languages and licences as words ("svenska", "B"), employers as taxonomy ids: compare labels. */
	private Set<String> labels(List<String> conceptIds) {
		Taxonomy t = taxonomy.getIfAvailable();
		Set<String> out = new HashSet<>();
		for (String id : conceptIds) {
			String label = t == null ? id : t.concept(id).map(Concept::label).orElse(id);
			out.add(label.strip().toLowerCase(Locale.ROOT));
		}
		return out;
	}

	private static Set<String> normalised(List<String> words) {
		Set<String> out = new HashSet<>();
		words.forEach(w -> out.add(w.strip().toLowerCase(Locale.ROOT)));
		return out;
	}

	List<Offer> offers(LocalDate from) {
		List<Offer> out = new ArrayList<>();
		for (se.kompetensnav.education.Offer o : catalogue.offers()) {
			List<Offer.Start> starts = o.starts().isEmpty() ? List.of(new Offer.Start(from, 1))
					: o.starts().stream().map(s -> new Offer.Start(s.date(), s.seats())).toList();
			out.add(new Offer(o.id(), o.kind() == se.kompetensnav.education.Offer.Kind.COURSE ? Offer.Kind.COURSE
					: Offer.Kind.VALIDATION, o.skillIds(), o.weeks(), starts, o.municipalityCode(),
					o.mode() == CourseMode.DISTANCE));
		}
		return out;
	}

	/** The catalogue's offers by id (titles for pages). */
	public Map<String, se.kompetensnav.education.Offer> offerDetails() {
		Map<String, se.kompetensnav.education.Offer> out = new HashMap<>();
		catalogue.offers().forEach(o -> out.put(o.id(), o));
		return out;
	}

	// ---------------------------------------------------------------- the module API

	@Override
	public List<Candidate> sharedCandidates(Requirement requirement, int limit) {
		if (users.current().isEmpty() || limit < 1) {
			return List.of();
		}
		refresh();
		List<Candidate> out = new ArrayList<>();
		for (Match m : engine.explainPeople(requirement("requirement", requirement), limit)) {
			long id = participantOf(m.personId());
			SharedProfile s = indexedPeople.get(id);
			if (s == null) {
				continue;
			}
			audit.record(AuditAction.READ, SUBJECT, id, s.reference(), PURPOSE, "shared candidate");
			out.add(new Candidate(id, s.reference(), m.score() / 100.0, m.matchedSkillIds(), m.missingMust(),
					s.municipalityCode()));
		}
		return out;
	}

	@Override
	public GapPlan closeGap(Set<String> skillIds, @Nullable String municipalityCode, LocalDate from) {
		GapPlanner.Request request = new GapPlanner.Request(Set.copyOf(skillIds),
				municipalityCode == null ? "" : municipalityCode, Reach.NEIGHBOURS, municipalityCode == null, from);
		return planner.plan(request, offers(from));
	}

	// ---------------------------------------------------------------- pages

	/** A person's best opportunities, each with its gap-closing path, and the courses that close their gaps. */
	public record PersonMatches(long participantId, List<OpportunityMatch> opportunities, List<CourseSuggestion> courses) {
	}

	public record OpportunityMatch(se.kompetensnav.employers.Opportunity opportunity, Match match, GapPlan plan) {
	}

	/** A course or validation offer that teaches missing must-have skills of the person's best opportunities. */
	public record CourseSuggestion(se.kompetensnav.education.Offer offer, List<String> teachesMissing) {
	}

	/** A participant's matches: only for their own case workers (else not found, audited DENIED). */
	public PersonMatches forParticipant(long participantId, int limit) {
		ParticipantProfile p = participants.profile(participantId);
		PersonProfile person = person(p);
		refresh();
		LocalDate today = LocalDate.now(clock);
		List<Offer> offers = offers(today);
		List<OpportunityMatch> list = new ArrayList<>();
		// first the offers of the paths, best match first; then any other offer that teaches a missing must-have
		Map<String, Set<String>> missingTaught = new LinkedHashMap<>();
		Map<String, Set<String>> others = new LinkedHashMap<>();
		for (Match m : engine.explainOpportunities(person, limit)) {
			var o = indexedOpportunities.get(participantOf(m.opportunityId()));
			if (o == null) {
				continue;
			}
			GapPlan plan = planner.plan(GapPlanner.Request.of(person, Set.copyOf(m.missingMust()), today), offers);
			list.add(new OpportunityMatch(o, m, plan));
			for (GapPlan.Step step : plan.steps()) {
				missingTaught.computeIfAbsent(step.offer().id(), x -> new java.util.TreeSet<>()).addAll(step.covers());
			}
			for (Offer offer : offers) {
				for (String s : m.missingMust()) {
					if (offer.skills().contains(s) && !plan.excluded().containsKey(offer.id())) {
						others.computeIfAbsent(offer.id(), x -> new java.util.TreeSet<>()).add(s);
					}
				}
			}
		}
		others.forEach((id, skills) -> missingTaught.merge(id, skills, (a, b) -> {
			a.addAll(b);
			return a;
		}));
		Map<String, se.kompetensnav.education.Offer> details = offerDetails();
		List<CourseSuggestion> courses = missingTaught.entrySet().stream()
			.filter(e -> details.containsKey(e.getKey()))
			.limit(10)
			.map(e -> new CourseSuggestion(details.get(e.getKey()), List.copyOf(e.getValue())))
			.toList();
		return new PersonMatches(participantId, list, courses);
	}

	/**
	 * A candidate as the viewer may see them: by name for the participant's own case workers, otherwise only shared
	 * people and anonymised (a reference; no participant id).
	 */
	public record CandidateRow(String label, boolean named, @Nullable Long participantId, Match match,
			@Nullable GapPlan plan) {
	}

	/**
	 * A candidate list: the rows, best first, and whether candidates with only the location in common were left out
	 * while the list is shorter than asked (then the page says why).
	 */
	public record Candidates(List<CandidateRow> rows, boolean shortened) {
	}

	/** Candidates for an opportunity the viewer may read (employers: their own organisation's). */
	public Candidates forOpportunity(long opportunityId, int limit) {
		var o = opportunities.get(opportunityId);
		refresh();
		reindex(o);
		return candidates(opportunity(o), limit, false);
	}

	/**
	 * Candidates for a critical function (competence need) the viewer may read, each with the path that would train
	 * them for it: the supply that could be trained for the need.
	 */
	public Candidates forNeed(long functionId, int limit) {
		CriticalFunction f = needs.get(functionId);
		refresh();
		return candidates(requirement("need" + functionId, requirement(f, null)), limit, true);
	}

	/** How much deeper than the limit a candidate list looks when it leaves candidates out. */
	static final int DEPTH = 10;

	/**
	 * A candidate shown to an employer has at least one matched skill or an occupation in the same or a related
	 * group: someone who only lives nearby is noise, not a candidate.
	 */
	static boolean relevant(Match m) {
		return !m.matched().isEmpty() || m.occupationTier() != OccupationTier.NONE;
	}

	private Candidates candidates(Opportunity o, int limit, boolean withPlans) {
		CurrentUser user = users.require();
		// the engine ranks by score, and location alone can outscore a matched skill: when candidates are left
		// out, look once more among the DEPTH × limit best so the relevant ones below them still fill the list
		List<Match> found = engine.explainPeople(o, limit);
		if (found.size() == limit && found.stream().filter(MatchingService::relevant).count() < limit) {
			found = engine.explainPeople(o, DEPTH * limit);
		}
		boolean leftOut = found.stream().anyMatch(m -> !relevant(m));
		List<Match> all = new ArrayList<>(found.stream().filter(MatchingService::relevant).toList());
		Map<Long, Match> own = new HashMap<>();
		Map<Long, String> ownHomes = new HashMap<>();
		if (user.hasAny(Role.CONSULTANT, Role.UNIT_MANAGER)) {
			for (ParticipantProfile p : participants.visibleProfiles()) {
				Optional<Match> m = engine.scorer().match(person(p), o);
				if (m.isEmpty()) {
					continue;
				}
				if (!relevant(m.get())) {
					leftOut = true;
					continue;
				}
				own.put(p.id(), m.get());
				if (p.municipalityCode() != null) {
					ownHomes.put(p.id(), p.municipalityCode());
				}
			}
		}
		Map<Long, String> names = own.isEmpty() ? Map.of() : shared.caseNames(own.keySet());
		all.removeIf(m -> names.containsKey(participantOf(m.personId())));
		names.keySet().forEach(id -> all.add(own.get(id)));
		all.sort(Comparator.comparingInt((Match m) -> -m.scoreUnits()).thenComparing(Match::personId));
		LocalDate today = LocalDate.now(clock);
		List<Offer> offers = withPlans ? offers(today) : List.of();
		List<CandidateRow> rows = new ArrayList<>();
		for (Match m : all.subList(0, Math.min(limit, all.size()))) {
			long id = participantOf(m.personId());
			GapPlan plan = null;
			if (withPlans) {
				SharedProfile s = indexedPeople.get(id);
				String home = s != null ? s.municipalityCode() : ownHomes.get(id);
				plan = planner.plan(new GapPlanner.Request(Set.copyOf(m.missingMust()), home == null ? "" : home,
						Reach.NEIGHBOURS, false, today), offers);
			}
			String name = names.get(id);
			if (name != null) {
				rows.add(new CandidateRow(name, true, id, m, plan));
				continue;
			}
			SharedProfile s = indexedPeople.get(id);
			if (s == null) {
				continue;
			}
			audit.record(AuditAction.READ, SUBJECT, id, s.reference(), PURPOSE, "anonymised candidate");
			rows.add(new CandidateRow(s.reference(), false, null, m, plan));
		}
		return new Candidates(rows, leftOut && rows.size() < limit);
	}

	/** How many documents the service has upserted into and removed from the engine since it started. */
	record IndexChanges(long upserts, long removals) {
	}

	IndexChanges indexChanges() {
		return new IndexChanges(upserts.sum(), removals.sum());
	}

	/** Makes both sides due for the full re-read, as if {@code refresh-after} had passed since the last one. */
	synchronized void expire() {
		peopleLoaded = null;
		opportunitiesLoaded = null;
	}

	/** For tests and the batch path: the ids currently in the people index. */
	Collection<Long> indexedParticipants() {
		return Set.copyOf(indexedPeople.keySet());
	}
}
