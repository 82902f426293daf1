package se.kompetensnav.matching.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.matching.core.MatchWeights.LocationTier;
import se.kompetensnav.matching.core.MatchWeights.OccupationTier;

/**
 * Inverted indexes by skill (and by occupation group and municipality) over opportunities and over people, with
 * exact top-k retrieval in both directions. It returns exactly what {@link ReferenceMatcher} returns.
 * <p>
 * Every factor of the score is written as a sum of non-negative <em>terms</em>, each a set of posting lists: one
 * term per skill of the query, and terms for the occupation tiers (SSYK-3 group +.5, SSYK-4 group +.25, same name
 * +.25, related group +.25) and the location tiers (county +.5, neighbour, home), chosen so that the sum for every
 * document equals the tier the {@link Scorer} gives. Terms are processed term-at-a-time in decreasing order of their
 * upper bound (the largest weight in their lists times the query weight) into integer accumulators. Once the k-th
 * best lower bound θ among eligible documents exceeds the largest score a document not yet seen could still reach
 * (the willing-to-move base plus the bounds of the remaining terms), no new document can enter the top k: the rest
 * of the terms only update the remaining candidates (galloping search in the sorted posting lists), and candidates
 * whose bound falls below θ are dropped (the MaxScore idea, Turtle and Flood 1995). Arithmetic is in integer units,
 * so the result is exact, and ties are broken by id.
 * <p>
 * Updates are incremental (a changed document gets a new internal number, its old postings are skipped as deleted,
 * the index is compacted when a third is deleted). Reads run in parallel under a read lock; writes take the write
 * lock.
 */
public final class MatchEngine {

	private static final int SKILL = 0;
	private static final int CONST = 1;
	private static final int BY_REACH = 2;
	private static final int RELATED_PEOPLE = 3;

	private static final int RELATED_UNITS = OccupationTier.RELATED.units();
	private static final int SSYK3_UNITS = OccupationTier.SAME_SSYK3.units();
	private static final int SSYK4_STEP = OccupationTier.SAME_SSYK4.units() - SSYK3_UNITS;
	private static final int NAME_STEP = OccupationTier.SAME_OCCUPATION.units() - OccupationTier.SAME_SSYK4.units();
	private static final int NAME_ALONE = OccupationTier.SAME_OCCUPATION.units();
	private static final int HOME = LocationTier.SAME_MUNICIPALITY.units();
	private static final int NEIGHBOUR = LocationTier.NEIGHBOUR.units();
	private static final int AREA = LocationTier.COMMUTING_AREA.units();
	private static final int MOVE = LocationTier.WILLING_TO_MOVE.units();
	private static final long SKILLS_MAX = (long) (MatchWeights.MUST_POINTS + MatchWeights.NICE_POINTS)
			* MatchWeights.UNITS_PER_POINT;
	private static final long OCCUPATION_MAX = OccupationTier.SAME_OCCUPATION.units();
	private static final long LOCATION_MAX = LocationTier.SAME_MUNICIPALITY.units();
	private static final long NON_SKILL_MAX = OCCUPATION_MAX + LOCATION_MAX;
	/** Flags in a skill posting's first key: the document was removed; the document has hard requirements. */
	private static final int DEAD = 1 << 30;
	private static final int CHECK = 1 << 29;
	private static final int KEY = CHECK - 1;
	/** The accumulator of a document the skills-first path found ineligible: stays negative whatever is added. */
	private static final int EXCLUDED = Integer.MIN_VALUE / 2;
	private static final Eligibility ALL = d -> true;
	/** How many of the best documents so far (times k) the probe scores exactly. */
	private static final int PROBE = Integer.getInteger("kompetensnav.matching.probe", 3);
	/** Requirement codes below this id are kept as bits in an opportunity's skill postings. */
	private static final int MASK_CODES = 28;
	private static final int REQ_BITS = (1 << MASK_CODES) - 1;
	/**
	 * A person's skill postings keep (municipality, reach, willing to move) in the bits below PERSON_LOC_BITS and the
	 * requirement codes below PERSON_CODES (licences and languages held) as bits from there, so that an opportunity's
	 * requirements are checked on the posting without reading the person's arrays.
	 */
	private static final int PERSON_LOC_BITS = 20;
	private static final int PERSON_LOC = (1 << PERSON_LOC_BITS) - 1;
	private static final int PERSON_CODES = 9;
	/** Below this many list postings per candidate the pruned phase gallops instead of scanning the list. */
	private static final int GALLOP_RATIO = 16;
	/** What reading a candidate's packed postings costs, in postings of a list scanned (a cache miss and a loop). */
	private static final int EXACT_COST = 24;
	private static final int G_SKILL = 0;
	private static final int G_OCC = 1;
	private static final int G_LOC = 2;

	private final Scorer scorer;
	private final MatchContext context;
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Dict skills = new Dict();
	private final Dict names = new Dict();
	private final Dict ssyk4s = new Dict();
	private final Dict ssyk3s = new Dict();
	private final Dict munis = new Dict();
	private final Dict counties = new Dict();
	private final Dict codes = new Dict();
	/** The SSYK-4 id of each occupation-name id (-1 when none), and the county id of each municipality id. */
	private int[] nameS4 = new int[16];
	private int[] muniCounty = new int[16];
	/** The SSYK-3 id of each SSYK-4 id. */
	private int[] groupS3 = new int[16];
	/** SSYK-4 code to the codes from which it counts as related (the inverse of the context's relation). */
	private final Map<String, Set<String>> relatedFrom = new HashMap<>();

	private OppSide opps = new OppSide();
	private PeopleSide people = new PeopleSide();

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
	private final boolean fastPath;
	private final java.util.concurrent.atomic.LongAdder fastAnswers = new java.util.concurrent.atomic.LongAdder();
	private final java.util.concurrent.atomic.LongAdder fullAnswers = new java.util.concurrent.atomic.LongAdder();

	public MatchEngine(Scorer scorer) {
		this(scorer, true);
	}

	/** An engine without the skills-first fast path (for tests that exercise the full term-at-a-time search). */
	MatchEngine(Scorer scorer, boolean fastPath) {
		this.fastPath = fastPath;
		this.scorer = scorer;
		this.context = scorer.context();
		context.relatedSsyk4().forEach((from, tos) -> tos
			.forEach(to -> relatedFrom.computeIfAbsent(to, x -> new HashSet<>()).add(from)));
	}

	public Scorer scorer() {
		return scorer;
	}

	// ---------------------------------------------------------------- updates

	private int internName(String n) {
		int id = names.intern(n);
		if (id >= nameS4.length) {
			nameS4 = Arrays.copyOf(nameS4, Math.max(id + 1, nameS4.length * 2));
		}
		String g = context.ssyk4(n);
		nameS4[id] = g == null ? -1 : internGroup(g);
		return id;
	}

	/** Interns an SSYK-4 code and records its SSYK-3 group. */
	private int internGroup(String g) {
		int id = ssyk4s.intern(g);
		if (id >= groupS3.length) {
			groupS3 = Arrays.copyOf(groupS3, Math.max(id + 1, groupS3.length * 2));
		}
		groupS3[id] = ssyk3s.intern(MatchContext.ssyk3(g));
		return id;
	}

	/** The id of a municipality as a place to match on: -1 when unknown or blank (no place is "the same" as it). */
	private int placeId(String m) {
		return m.isBlank() ? -1 : munis.find(m);
	}

	/** The id of a municipality's county as a place to match on: -1 when unknown or blank. */
	private int countyId(String m) {
		return m.isBlank() ? -1 : counties.find(MatchContext.county(m));
	}

	private int internMuni(String m) {
		int id = munis.intern(m);
		if (id >= muniCounty.length) {
			muniCounty = Arrays.copyOf(muniCounty, Math.max(id + 1, muniCounty.length * 2));
		}
		muniCounty[id] = counties.intern(MatchContext.county(m));
		return id;
	}

	/** Adds or replaces an opportunity. */
	public void upsertOpportunity(Opportunity o) {
		lock.writeLock().lock();
		try {
			opps.remove(o.id());
			opps.add(o);
			maybeCompact();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public void removeOpportunity(String id) {
		lock.writeLock().lock();
		try {
			opps.remove(id);
			maybeCompact();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Adds or replaces a person's profile. */
	public void upsertPerson(PersonProfile p) {
		lock.writeLock().lock();
		try {
			people.remove(p.id());
			people.add(p);
			maybeCompact();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public void removePerson(String id) {
		lock.writeLock().lock();
		try {
			people.remove(id);
			maybeCompact();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Loads many documents at once (one lock, no compaction checks in between). */
	public void load(Collection<Opportunity> opportunities, Collection<PersonProfile> profiles) {
		lock.writeLock().lock();
		try {
			opportunities.forEach(o -> {
				opps.remove(o.id());
				opps.add(o);
			});
			profiles.forEach(p -> {
				people.remove(p.id());
				people.add(p);
			});
			maybeCompact();
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private void maybeCompact() {
		if (opps.size - opps.live > Math.max(1024, opps.size / 3)) {
			OppSide fresh = new OppSide();
			for (int d = 0; d < opps.size; d++) {
				if (opps.alive[d]) {
					fresh.add((Opportunity) opps.source[d]);
				}
			}
			opps = fresh;
		}
		if (people.size - people.live > Math.max(1024, people.size / 3)) {
			PeopleSide fresh = new PeopleSide();
			for (int d = 0; d < people.size; d++) {
				if (people.alive[d]) {
					fresh.add((PersonProfile) people.source[d]);
				}
			}
			people = fresh;
		}
	}

	/** How many queries the skills-first fast path answered, and how many needed the full search. */
	public long[] answerCounts() {
		return new long[] { fastAnswers.sum(), fullAnswers.sum() };
	}

	public int opportunityCount() {
		return read(() -> opps.live);
	}

	public int personCount() {
		return read(() -> people.live);
	}

	public Optional<Opportunity> opportunity(String id) {
		return read(() -> Optional.ofNullable(opps.byExt.get(id)).map(d -> (Opportunity) opps.source[d]));
	}

	public Optional<PersonProfile> person(String id) {
		return read(() -> Optional.ofNullable(people.byExt.get(id)).map(d -> (PersonProfile) people.source[d]));
	}

	private <T> T read(java.util.function.Supplier<T> s) {
		lock.readLock().lock();
		try {
			return s.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	// ---------------------------------------------------------------- queries

	/** The k best opportunities for a person (who need not be indexed). */
	public List<Hit> topOpportunities(PersonProfile p, int k) {
		return read(() -> searchOpportunities(p, k));
	}

	/** The k best people for an opportunity (which need not be indexed). */
	public List<Hit> topPeople(Opportunity o, int k) {
		return read(() -> searchPeople(o, k));
	}

	/** The k best opportunities for a person, explained. */
	public List<Match> explainOpportunities(PersonProfile p, int k) {
		return read(() -> searchOpportunities(p, k).stream()
			.map(h -> scorer.explain(p, (Opportunity) opps.source[opps.byExt.get(h.id())]))
			.toList());
	}

	/** The k best people for an opportunity, explained. */
	public List<Match> explainPeople(Opportunity o, int k) {
		return read(() -> searchPeople(o, k).stream()
			.map(h -> scorer.explain((PersonProfile) people.source[people.byExt.get(h.id())], o))
			.toList());
	}

	/** Counts of a batch rematch. */
	public record RematchStats(int people, int opportunities, long personHits, long opportunityHits) {
	}

	/**
	 * Rematches everything: the top k opportunities of every indexed person and the top k people of every indexed
	 * opportunity, in parallel on the common pool. The consumers are called concurrently.
	 */
	public RematchStats rematchAll(int k, BiConsumer<String, List<Hit>> forPerson,
			BiConsumer<String, List<Hit>> forOpportunity) {
		long ph = rematchPeople(k, forPerson);
		long oh = rematchOpportunities(k, forOpportunity);
		return new RematchStats(personCount(), opportunityCount(), ph, oh);
	}

	/** The top k opportunities of every indexed person, in parallel; returns the number of hits. */
	public long rematchPeople(int k, BiConsumer<String, List<Hit>> forPerson) {
		lock.readLock().lock();
		try {
			PeopleSide ps = people;
			AtomicLong hits = new AtomicLong();
			IntStream.range(0, ps.size).parallel().filter(d -> ps.alive[d]).forEach(d -> {
				PersonProfile p = (PersonProfile) ps.source[d];
				List<Hit> h = searchOpportunities(p, k, ps.packed[d], ps.codes[d]);
				hits.addAndGet(h.size());
				forPerson.accept(p.id(), h);
			});
			return hits.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** The top k people of every indexed opportunity, in parallel; returns the number of hits. */
	public long rematchOpportunities(int k, BiConsumer<String, List<Hit>> forOpportunity) {
		lock.readLock().lock();
		try {
			OppSide os = opps;
			AtomicLong hits = new AtomicLong();
			IntStream.range(0, os.size).parallel().filter(d -> os.alive[d]).forEach(d -> {
				Opportunity o = (Opportunity) os.source[d];
				List<Hit> h = searchPeople(o, k);
				hits.addAndGet(h.size());
				forOpportunity.accept(o.id(), h);
			});
			return hits.get();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	private List<Hit> searchOpportunities(PersonProfile p, int k) {
		return searchOpportunities(p, k, null, null);
	}

	/**
	 * The k best opportunities for a person; an indexed person's interned skills (with their credits) and held codes
	 * can be passed to save the dictionary look-ups (the batch rematch), otherwise null.
	 */
	private List<Hit> searchOpportunities(PersonProfile p, int k, long @Nullable [] interned,
			int @Nullable [] heldCodes) {
		OppSide side = opps;
		List<Term> terms = new ArrayList<>(p.skills().size());
		int claims = p.skills().size();
		for (int i = 0; i < claims; i++) {
			int s;
			int credit;
			if (interned != null) {
				s = (int) (interned[i] >>> 32);
				credit = (int) interned[i];
			}
			else {
				SkillClaim c = p.skills().get(i);
				s = skills.find(c.skillId());
				credit = c.creditPermille();
			}
			if (s >= 0 && s < side.skillPostings.size() && side.skillPostings.get(s) != null) {
				terms.add(Term.skill(side.skillPostings.get(s), credit, s));
			}
		}
		int base = p.willingToMove() ? MOVE : 0;
		boolean[] has = new boolean[codes.size()];
		if (interned != null) {
			for (int c : heldCodes == null ? new int[0] : heldCodes) {
				has[c] = true;
			}
		}
		else {
			for (String l : p.drivingLicences()) {
				int c = codes.find("D:" + l);
				if (c >= 0) {
					has[c] = true;
				}
			}
			for (String l : p.languages()) {
				int c = codes.find("L:" + l);
				if (c >= 0) {
					has[c] = true;
				}
			}
		}
		int avail = p.availableFrom() == null ? Integer.MIN_VALUE : (int) p.availableFrom().toEpochDay();
		Eligibility eligible = d -> {
			if (!side.alive[d] || side.latest[d] < avail) {
				return false;
			}
			int[] req = side.required[d];
			if (req != null) {
				for (int c : req) {
					if (!has[c]) {
						return false;
					}
				}
			}
			return true;
		};
		if (fastPath) {
			NonSkill ns = opportunityNonSkill(p, side);
			int missing = REQ_BITS;
			for (int c = 0; c < Math.min(MASK_CODES, has.length); c++) {
				if (has[c]) {
					missing &= ~(1 << c);
				}
			}
			List<Hit> fast = runSkills(side, terms, ns, eligible, false, missing, 0, k);
			if (fast != null) {
				fastAnswers.increment();
				return fast;
			}
		}
		fullAnswers.increment();
		addFactorTerms(p, side, terms);
		return run(side, terms, base, null, 0, eligible, k, side.fill);
	}

	/**
	 * The occupation and location terms of a person's query, which only the full search reads (built on demand:
	 * the skills-first path answers almost every query without them).
	 */
	private void addFactorTerms(PersonProfile p, OppSide side, List<Term> terms) {
		// occupation: SSYK-3 +.5, SSYK-4 +.25, name +.25 (or 1 when the name has no SSYK-4), related +.25
		Set<String> s4 = new HashSet<>();
		Term nameTerm = new Term(CONST);
		for (String n : p.occupations()) {
			String g = context.ssyk4(n);
			if (g != null) {
				s4.add(g);
			}
			nameTerm.add(side.byName.get(names.find(n)), g != null ? NAME_STEP : NAME_ALONE);
		}
		Set<String> s3 = new HashSet<>();
		Term ssyk4Term = new Term(CONST);
		for (String g : s4) {
			s3.add(MatchContext.ssyk3(g));
			ssyk4Term.add(side.bySsyk4.get(ssyk4s.find(g)), SSYK4_STEP);
		}
		Term ssyk3Term = new Term(CONST);
		for (String g : s3) {
			ssyk3Term.add(side.bySsyk3.get(ssyk3s.find(g)), SSYK3_UNITS);
		}
		Term relatedTerm = new Term(CONST);
		Set<String> related = new HashSet<>();
		for (String g : s4) {
			for (String r : context.relatedSsyk4(g)) {
				if (!s3.contains(MatchContext.ssyk3(r)) && related.add(r)) {
					relatedTerm.add(side.bySsyk4.get(ssyk4s.find(r)), RELATED_UNITS);
				}
			}
		}
		terms.add(nameTerm);
		terms.add(ssyk4Term);
		terms.add(ssyk3Term);
		terms.add(relatedTerm);
		// location: home, neighbours, county; willing to move is the base for everything else
		String home = p.municipality();
		String county = MatchContext.county(home);
		boolean area = p.reach() == Reach.COMMUTING_AREA;
		Term homeTerm = new Term(CONST).loc();
		homeTerm.add(side.byMuni.get(placeId(home)), area ? HOME - AREA : HOME);
		terms.add(homeTerm);
		if (p.reach().covers(Reach.NEIGHBOURS)) {
			Term nb = new Term(CONST).loc();
			for (String m : context.neighbours(home)) {
				nb.add(side.byMuni.get(munis.find(m)),
						area && MatchContext.county(m).equals(county) ? NEIGHBOUR - AREA : NEIGHBOUR);
			}
			terms.add(nb);
		}
		if (area) {
			Term c = new Term(CONST).loc();
			c.add(side.byCounty.get(countyId(home)), AREA);
			terms.add(c);
		}
	}

	private List<Hit> searchPeople(Opportunity o, int k) {
		PeopleSide side = people;
		Scorer.TermWeights tw = scorer.termWeights(o);
		List<Term> terms = new ArrayList<>();
		for (int i = 0; i < tw.skills().length; i++) {
			int s = skills.find(tw.skills()[i]);
			if (s >= 0 && s < side.skillPostings.size() && side.skillPostings.get(s) != null && tw.weights()[i] > 0) {
				terms.add(Term.skill(side.skillPostings.get(s), tw.weights()[i], s));
			}
		}
		int[] req = requiredCodes(o, false);
		if (req != null) {
			for (int c : req) {
				if (!side.anyHolder(c)) {
					// a requirement no indexed person meets: nobody is eligible
					return List.of();
				}
			}
		}
		int latest = o.latestStart() == null ? Integer.MAX_VALUE : (int) o.latestStart().toEpochDay();
		Eligibility eligible = req == null ? d -> side.alive[d] && side.avail[d] <= latest : d -> {
			if (!side.alive[d] || side.avail[d] > latest) {
				return false;
			}
			int[] held = side.codes[d];
			for (int c : req) {
				if (c < 0 || held == null || Arrays.binarySearch(held, c) < 0) {
					return false;
				}
			}
			return true;
		};
		if (fastPath) {
			NonSkill ns = peopleNonSkill(o, side);
			// requirements kept as bits on the postings need no look-up; others are checked per document
			int required = 0;
			boolean allBits = true;
			for (int c : req == null ? new int[0] : req) {
				if (c < PERSON_CODES) {
					required |= 1 << (PERSON_LOC_BITS + c);
				}
				else {
					allBits = false;
				}
			}
			List<Hit> fast = runSkills(side, terms, ns, eligible, !allBits, 0, required, k);
			if (fast != null) {
				fastAnswers.increment();
				return fast;
			}
		}
		fullAnswers.increment();
		int g3 = addFactorTerms(o, side, terms);
		return run(side, terms, 0, side.base, g3, eligible, k, side.fill);
	}

	/** The occupation and location terms of an opportunity's query (full search only); returns its SSYK-3 id. */
	private int addFactorTerms(Opportunity o, PeopleSide side, List<Term> terms) {
		String m = o.occupation();
		String g = context.ssyk4(m);
		Term nameTerm = new Term(CONST);
		nameTerm.add(side.byName.get(names.find(m)), g != null ? NAME_STEP : NAME_ALONE);
		terms.add(nameTerm);
		int g3 = -1;
		if (g != null) {
			String s3 = MatchContext.ssyk3(g);
			g3 = ssyk3s.find(s3);
			Term t4 = new Term(CONST);
			t4.add(side.bySsyk4.get(ssyk4s.find(g)), SSYK4_STEP);
			terms.add(t4);
			Term t3 = new Term(CONST);
			t3.add(side.bySsyk3.get(g3), SSYK3_UNITS);
			terms.add(t3);
			Term rel = new Term(RELATED_PEOPLE);
			for (String from : relatedFrom.getOrDefault(g, Set.of())) {
				if (!MatchContext.ssyk3(from).equals(s3)) {
					rel.add(side.bySsyk4.get(ssyk4s.find(from)), RELATED_UNITS);
				}
			}
			terms.add(rel);
		}
		String place = o.municipality();
		String county = MatchContext.county(place);
		// weights by the person's reach: HOME_MUNICIPALITY, NEIGHBOURS, COMMUTING_AREA
		Term homeTerm = new Term(BY_REACH).loc();
		homeTerm.add(side.byMuni.get(placeId(place)), new int[] { HOME, HOME, HOME - AREA });
		terms.add(homeTerm);
		Term nb = new Term(BY_REACH).loc();
		for (String n : context.neighbours(place)) {
			boolean sameCounty = MatchContext.county(n).equals(county);
			nb.add(side.byMuni.get(munis.find(n)),
					new int[] { 0, NEIGHBOUR, sameCounty ? NEIGHBOUR - AREA : NEIGHBOUR });
		}
		terms.add(nb);
		Term area = new Term(BY_REACH).loc();
		area.add(side.byCounty.get(countyId(place)), new int[] { 0, 0, AREA });
		terms.add(area);

		return g3;
	}

	/** The interned required codes of an opportunity (null when none); -1 for a code no person holds. */
	private int[] requiredCodes(Opportunity o, boolean intern) {
		if (o.requiredLanguages().isEmpty() && o.requiredLicences().isEmpty()) {
			return null;
		}
		List<Integer> out = new ArrayList<>();
		o.requiredLicences().forEach(l -> out.add(intern ? codes.intern("D:" + l) : codes.find("D:" + l)));
		o.requiredLanguages().forEach(l -> out.add(intern ? codes.intern("L:" + l) : codes.find("L:" + l)));
		return out.stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	@FunctionalInterface
	private interface Eligibility {
		boolean test(int doc);
	}

	// ---------------------------------------------------------------- the top-k loop

	/** Occupation plus location (with the willing-to-move base) of one document for the current query. */
	@FunctionalInterface
	private interface NonSkill {
		/** The score of doc, whose skill-posting keys are key1 and key2. */
		int score(int doc, int key1, int key2);
	}

	private NonSkill opportunityNonSkill(PersonProfile p, OppSide side) {
		int[] nameIds = p.occupations().stream().mapToInt(names::find).filter(i -> i >= 0).toArray();
		// the occupation tier of every SSYK-4 group for this person, from interned ids (no strings per document)
		int groups = ssyk4s.size();
		boolean[] own = new boolean[groups];
		boolean[] ownS3 = new boolean[ssyk3s.size()];
		boolean[] related = new boolean[groups];
		for (String n : p.occupations()) {
			String g = context.ssyk4(n);
			if (g == null) {
				continue;
			}
			int id = ssyk4s.find(g);
			if (id >= 0) {
				own[id] = true;
			}
			int s3 = ssyk3s.find(MatchContext.ssyk3(g));
			if (s3 >= 0) {
				ownS3[s3] = true;
			}
			for (String r : context.relatedSsyk4(g)) {
				int rid = ssyk4s.find(r);
				if (rid >= 0) {
					related[rid] = true;
				}
			}
		}
		int[] by4 = new int[groups];
		for (int g = 0; g < groups; g++) {
			by4[g] = (own[g] ? OccupationTier.SAME_SSYK4
					: ownS3[groupS3[g]] ? OccupationTier.SAME_SSYK3
							: related[g] ? OccupationTier.RELATED : OccupationTier.NONE).units();
		}
		int[] groupOf = nameS4;
		// the location tier of every municipality for this person, from the interned ids
		int[] byMuni = new int[munis.size()];
		String home = p.municipality();
		int homeCounty = countyId(home);
		int elsewhere = p.willingToMove() ? MOVE : 0;
		boolean area = p.reach().covers(Reach.COMMUTING_AREA);
		for (int m = 0; m < byMuni.length; m++) {
			byMuni[m] = area && muniCounty[m] == homeCounty ? Math.max(AREA, elsewhere) : elsewhere;
		}
		if (p.reach().covers(Reach.NEIGHBOURS)) {
			for (String nb : context.neighbours(home)) {
				int m = munis.find(nb);
				if (m >= 0) {
					byMuni[m] = NEIGHBOUR;
				}
			}
		}
		int homeId = placeId(home);
		if (homeId >= 0) {
			byMuni[homeId] = HOME;
		}
		// the occupation tier of each occupation name: one look-up per posting
		int[] byName = new int[names.size()];
		for (int n = 0; n < byName.length; n++) {
			int g = groupOf[n];
			byName[n] = g >= 0 ? by4[g] : 0;
		}
		for (int n : nameIds) {
			byName[n] = NAME_ALONE;
		}
		return new OpportunityTiers(byName, byMuni, side);
	}

	/**
	 * Occupation plus location of an opportunity for one person: two table look-ups by the occupation name and the
	 * municipality that its skill postings carry in key2 (the skills-first loop reads the tables directly).
	 */
	private static final class OpportunityTiers implements NonSkill {

		final int[] byName;
		final int[] byMuni;
		final OppSide side;

		OpportunityTiers(int[] byName, int[] byMuni, OppSide side) {
			this.byName = byName;
			this.byMuni = byMuni;
			this.side = side;
		}

		@Override
		public int score(int d, int key1, int key2) {
			int name = key2 >= 0 ? key2 & 0xFFFF : side.name[d];
			int muni = key2 >= 0 ? key2 >>> 16 : side.muni[d];
			return byName[name] + byMuni[muni];
		}
	}

	private NonSkill peopleNonSkill(Opportunity o, PeopleSide side) {
		int oppName = names.find(o.occupation());
		String x = context.ssyk4(o.occupation());
		int[] by4 = new int[ssyk4s.size()];
		int[] groupOf = nameS4;
		// the location tier by (municipality, reach) for this workplace, from the interned ids
		String place = o.municipality();
		int[] byMuniReach = new int[munis.size() * 4];
		int placeCounty = countyId(place);
		for (int m = 0; m < munis.size(); m++) {
			if (muniCounty[m] == placeCounty) {
				byMuniReach[m * 4 + Reach.COMMUTING_AREA.ordinal()] = AREA;
			}
		}
		for (String nb : context.neighbours(place)) {
			int m = munis.find(nb);
			if (m >= 0) {
				byMuniReach[m * 4 + Reach.NEIGHBOURS.ordinal()] = NEIGHBOUR;
				byMuniReach[m * 4 + Reach.COMMUTING_AREA.ordinal()] = NEIGHBOUR;
			}
		}
		int placeId = placeId(place);
		if (placeId >= 0) {
			for (int r = 0; r < 3; r++) {
				byMuniReach[placeId * 4 + r] = HOME;
			}
		}
		// the occupation tier of every person's SSYK-4 group for this workplace's group x, from interned ids
		int groups = ssyk4s.size();
		if (x != null) {
			int xid = ssyk4s.find(x);
			int xs3 = ssyk3s.find(MatchContext.ssyk3(x));
			boolean[] relatesToX = new boolean[groups];
			for (String from : relatedFrom.getOrDefault(x, Set.of())) {
				int id = ssyk4s.find(from);
				if (id >= 0) {
					relatesToX[id] = true;
				}
			}
			for (int g = 0; g < groups; g++) {
				by4[g] = (g == xid ? OccupationTier.SAME_SSYK4
						: groupS3[g] == xs3 ? OccupationTier.SAME_SSYK3
								: relatesToX[g] ? OccupationTier.RELATED : OccupationTier.NONE).units();
			}
		}
		class Tiers {
			int of(int name) {
				if (name == oppName) {
					return NAME_ALONE;
				}
				int g = groupOf[name];
				return g < 0 || x == null ? 0 : by4[g];
			}
		}
		Tiers tiers = new Tiers();
		// the tier of each occupation name id + 1 (0: no name), filled on first use: one look-up per name and posting
		int[] byKey = new int[names.size() + 1];
		Arrays.fill(byKey, 1, byKey.length, -1);
		// key1 is (municipality, reach, willing to move), key2 up to two occupation names (+1, 16 bits each)
		return (d, key1, key2) -> {
			int occ = 0;
			if (key2 >= 0) {
				int a = key2 & 0xFFFF;
				int b = key2 >>> 16;
				int ta = byKey[a];
				if (ta < 0) {
					ta = tiers.of(a - 1);
					byKey[a] = ta;
				}
				int tb = byKey[b];
				if (tb < 0) {
					tb = tiers.of(b - 1);
					byKey[b] = tb;
				}
				occ = Math.max(ta, tb);
			}
			else {
				for (int n : side.names[d]) {
					occ = Math.max(occ, tiers.of(n));
				}
			}
			int loc = byMuniReach[(key1 & PERSON_LOC) >>> 1];
			return occ + ((key1 & 1) != 0 ? Math.max(loc, MOVE) : loc);
		};
	}

	/**
	 * A early threshold: the exact scores of the documents with the best lower bounds so far (the rest of their skill
	 * weights read from their packed postings, or looked up by binary search when {@code packed} is null), of which
	 * the k-th best is a score the final k-th best must reach.
	 */
	private static int probe(Scratch sc, List<Term> terms, int from, int k, long[][] packed) {
		int m = Math.min(sc.touchedCount, PROBE * k);
		int tau = kthAccumulated(sc, sc.touched, sc.touchedCount, m);
		if (tau < 0) {
			return -1;
		}
		int[] acc = sc.acc;
		int[] exact = new int[2 * m];
		int e = 0;
		for (int i = 0; i < sc.touchedCount && e < exact.length; i++) {
			int d = sc.touched[i];
			if (acc[d] < tau) {
				continue;
			}
			int score = acc[d];
			if (packed != null) {
				score += sc.rest(packed[d], from);
			}
			else {
				for (int j = from; j < terms.size(); j++) {
					Term t = terms.get(j);
					Postings p = t.postings[0];
					int at = Arrays.binarySearch(p.docs, 0, p.n, d);
					if (at >= 0) {
						score += p.w[at] * t.consts[0];
					}
				}
			}
			exact[e++] = score;
		}
		if (e < k) {
			return -1;
		}
		// the k-th largest with a min-heap of k
		int[] heap = sc.heap(k);
		for (int i = 0; i < k; i++) {
			heap[i] = exact[i];
		}
		Arrays.sort(heap, 0, k);
		for (int i = k; i < e; i++) {
			if (exact[i] > heap[0]) {
				heap[0] = exact[i];
				int c = 0;
				while (true) {
					int l = 2 * c + 1;
					if (l >= k) {
						break;
					}
					int mm = l + 1 < k && heap[l + 1] < heap[l] ? l + 1 : l;
					if (heap[mm] >= heap[c]) {
						break;
					}
					int t = heap[mm];
					heap[mm] = heap[c];
					heap[c] = t;
					c = mm;
				}
			}
		}
		return heap[0];
	}

	/**
	 * The fast path: only the skill terms go through the index; occupation and location are computed exactly for
	 * each document the first time a skill term reaches it. A document no skill term reaches scores at most
	 * occupation plus location ({@link #NON_SKILL_MAX}), so when the k-th best score is above that the answer is
	 * exact; otherwise null, and the caller runs the full term-at-a-time search that indexes every factor.
	 */
	private List<Hit> runSkills(Side side, List<Term> all, NonSkill ns, Eligibility eligible, boolean checkAll,
			int missing, int required, int k) {
		if (k <= 0) {
			return List.of();
		}
		List<Term> terms = new ArrayList<>();
		for (Term t : all) {
			if (t.kind == SKILL && t.lists > 0) {
				t.computeUpperBound();
				if (t.ub > 0) {
					terms.add(t);
				}
			}
		}
		if (terms.isEmpty()) {
			return null;
		}
		terms.sort((a, b) -> {
			int c = Double.compare((double) b.ub / b.cost, (double) a.ub / a.cost);
			return c != 0 ? c : Integer.compare(b.ub, a.ub);
		});
		int n = terms.size();
		long[] rem = new long[n + 1];
		long left = 0;
		for (int j = n - 1; j >= 0; j--) {
			left += terms.get(j).ub;
			rem[j] = Math.min(left, SKILLS_MAX);
		}
		Scratch sc = scratch.get();
		sc.begin(side.size);
		int epoch = sc.epoch;
		// the rest of a document's score from its packed postings (null: by binary search in the lists)
		long[][] packed = sc.table(terms, skills.size()) ? side.packed : null;
		int[] acc = sc.acc;
		// which documents have an accumulator: a bit set small enough to stay in cache, so that a posting of a
		// document that cannot reach θ costs no random memory access at all
		long[] seen = sc.bits(side.size);
		boolean docWeights = side instanceof OppSide;
		// an opportunity's occupation and location straight from the tables when its posting key holds both
		int[] occByName = ns instanceof OpportunityTiers ot ? ot.byName : null;
		int[] locByMuni = ns instanceof OpportunityTiers ot ? ot.byMuni : null;
		int j = 0;
		int theta = -1;
		int theta0 = -1;
		boolean probed = false;
		boolean pruned = false;
		int touchedAtTheta = 0;
		for (; j < n; j++) {
			long unseen = rem[j] + NON_SKILL_MAX;
			if (!probed && j > 0 && sc.touchedCount >= k) {
				probed = true;
				theta0 = probe(sc, terms, j, k, packed);
				theta = Math.max(theta, theta0);
			}
			// θ from the k best kept at the last update and the documents touched since (their accumulators only
			// grew, so the k-th best of any k of them is a lower bound), when the touched grew by a quarter
			if (sc.touchedCount >= k && sc.touchedCount - touchedAtTheta > touchedAtTheta / 4) {
				theta = Math.max(theta, kthSince(sc, touchedAtTheta, k));
				touchedAtTheta = sc.touchedCount;
			}
			if (theta >= 0 && unseen < theta) {
				pruned = true;
				break;
			}
			Term t = terms.get(j);
			Postings p = t.postings[0];
			int[] docs = p.docs;
			int[] w = p.w;
			int[] k1 = p.k1;
			int[] k2 = p.k2;
			int q = t.consts[0];
			// a document first reached here scores at most its non-skill part, this weight and the later terms':
			// when that is below θ it cannot enter the top k and is not accumulated (if a later term reaches it,
			// its lower bound there is smaller than its score, which is below θ, so it still cannot enter)
			long need = theta < 0 ? Long.MIN_VALUE : theta - rem[j + 1];
			// and since the non-skill part is at most NON_SKILL_MAX, a posting whose weight is below this cannot
			// bring a new document in: it is skipped without looking at the document's keys
			long needAdd = theta < 0 ? Long.MIN_VALUE : need - NON_SKILL_MAX;
			int[] touched = sc.touched;
			int tc = sc.touchedCount;
			for (int i = 0, len = p.n; i < len; i++) {
				int d = docs[i];
				int add = w[i] * q;
				if ((seen[d >>> 6] & (1L << d)) == 0) {
					if (add < needAdd) {
						continue;
					}
					int key = k1[i];
					if ((key & DEAD) != 0) {
						continue;
					}
					int key2 = k2[i];
					int s = (occByName != null && key2 >= 0 ? occByName[key2 & 0xFFFF] + locByMuni[key2 >>> 16]
							: ns.score(d, key, key2)) + add;
					// for an opportunity the rest is also bounded by what its own weights leave (they sum to the
					// skill points and a credit is at most 1000 per mille)
					if (s < need || (docWeights && s + SKILLS_MAX - 1000L * w[i] < theta)) {
						continue;
					}
					// only the touched documents are eligible, so θ and the selection below need no test
					seen[d >>> 6] |= 1L << d;
					if ((key & missing) != 0 || (key & required) != required
							|| ((checkAll || (key & CHECK) != 0) && !eligible.test(d))) {
						acc[d] = EXCLUDED;
						continue;
					}
					acc[d] = s;
					touched[tc++] = d;
				}
				else {
					acc[d] += add;
				}
			}
			sc.touchedCount = tc;
		}
		int[] cands;
		int cn;
		if (pruned) {
			// the candidates: the touched documents that can still reach θ
			cands = new int[sc.touchedCount];
			cn = 0;
			for (int i = 0; i < sc.touchedCount; i++) {
				int d = sc.touched[i];
				if (acc[d] + rem[j] >= theta) {
					cands[cn++] = d;
				}
			}
			boolean sorted = false;
			long postingsLeft = 0;
			for (int l = j; l < n; l++) {
				postingsLeft += terms.get(l).postings[0].n;
			}
			// the people's packed postings are many and cold in cache: galloping through the lists is cheaper there
			if (packed != null && docWeights && (long) cn * EXACT_COST < postingsLeft) {
				// fewer candidates than the postings left: each candidate's rest from its own packed postings
				for (int i = 0; i < cn; i++) {
					int d = cands[i];
					acc[d] += sc.rest(packed[d], j);
				}
				j = n;
			}
			for (; j < n && cn > 0; j++) {
				Term t = terms.get(j);
				Postings p = t.postings[0];
				if ((long) cn * GALLOP_RATIO < p.n) {
					// few candidates, a long list: binary steps through the list from candidate to candidate
					if (!sorted) {
						Arrays.sort(cands, 0, cn);
						sorted = true;
					}
					update(sc, t, cands, cn, side, -1, epoch);
				}
				else {
					// otherwise one sequential pass over the list, adding to every document seen so far (the seen bits
					// are in cache): candidates and also dropped or excluded ones, which is harmless
					int[] docs = p.docs;
					int[] w = p.w;
					int q = t.consts[0];
					for (int i = 0, len = p.n; i < len; i++) {
						int d = docs[i];
						if ((seen[d >>> 6] & (1L << d)) != 0) {
							acc[d] += w[i] * q;
						}
					}
				}
				if (cn > k) {
					theta = Math.max(theta, kthAccumulated(sc, cands, cn, k));
					int keep = 0;
					for (int i = 0; i < cn; i++) {
						if (acc[cands[i]] + rem[j + 1] >= theta) {
							cands[keep++] = cands[i];
						}
					}
					cn = keep;
				}
			}
		}
		else {
			cands = sc.touched;
			cn = sc.touchedCount;
		}
		// the k best: the k-th best score by a heap of ints, then a hit only for the documents at or above it (ties
		// at the k-th score included, ranked by id)
		int kth = cn >= k ? kthAccumulated(sc, cands, cn, k) : 1;
		List<Hit> out = new ArrayList<>();
		for (int i = 0; i < cn; i++) {
			int d = cands[i];
			int score = acc[d];
			if (score > 0 && score >= kth) {
				out.add(new Hit(side.ext[d], score));
			}
		}
		if (out.size() < k) {
			return null;
		}
		out.sort(Hit.RANKING);
		if (out.get(k - 1).scoreUnits() <= NON_SKILL_MAX) {
			return null;
		}
		return List.copyOf(out.size() > k ? out.subList(0, k) : out);
	}


	private List<Hit> run(Side side, List<Term> all, int queryBase, int[] docBase, int ssyk3ForRelated,
			Eligibility eligible, int k, TreeMap<String, Integer> fill) {
		if (k <= 0) {
			return List.of();
		}
		List<Term> terms = new ArrayList<>();
		for (Term t : all) {
			if (t.lists > 0) {
				t.computeUpperBound();
				if (t.ub > 0) {
					terms.add(t);
				}
			}
		}
		// cheapest gain first: high bound per posting read, so θ rises early and the long lists (common skills,
		// big municipalities and counties) are left for the update-only phase; any order is exact
		terms.sort((a, b) -> {
			int c = Double.compare((double) b.ub / b.cost, (double) a.ub / a.cost);
			return c != 0 ? c : Integer.compare(b.ub, a.ub);
		});
		int n = terms.size();
		// what a document can still gain: per factor group the sum of the remaining bounds, capped by the factor's
		// maximum (location tiers exclude each other, and so do occupation tiers)
		long[] rem = new long[n + 1];
		long[] left = new long[3];
		for (int j = n - 1; j >= 0; j--) {
			Term t = terms.get(j);
			left[t.group] += t.ub;
			rem[j] = Math.min(left[0], SKILLS_MAX) + Math.min(left[1], OCCUPATION_MAX) + Math.min(left[2], LOCATION_MAX);
		}
		int maxBase = Math.max(queryBase, docBase == null ? 0 : (side.anyBase ? MOVE : 0));
		Scratch sc = scratch.get();
		sc.begin(side.size);
		int epoch = sc.epoch;
		int j = 0;
		long lastTried = Long.MAX_VALUE / 2;
		int theta = -1;
		boolean pruned = false;
		for (; j < n; j++) {
			if (sc.touchedCount >= k && maxBase + rem[j] <= lastTried / 4 * 3) {
				lastTried = maxBase + rem[j];
				theta = kthLowerBound(sc, sc.touched, sc.touchedCount, queryBase, docBase, eligible, k);
				if (theta >= 0 && maxBase + rem[j] < theta) {
					pruned = true;
					break;
				}
			}
			accumulate(sc, terms.get(j), epoch, side, ssyk3ForRelated);
		}
		int[] cands;
		int cn;
		if (pruned) {
			// no unseen document can reach θ: keep the candidates that still can, update them with the rest
			cands = new int[sc.touchedCount];
			cn = 0;
			for (int i = 0; i < sc.touchedCount; i++) {
				int d = sc.touched[i];
				if (lowerBound(sc, d, queryBase, docBase) + rem[j] >= theta && eligible.test(d)) {
					cands[cn++] = d;
				}
			}
			Arrays.sort(cands, 0, cn);
			for (; j < n && cn > 0; j++) {
				update(sc, terms.get(j), cands, cn, side, ssyk3ForRelated, epoch);
				if (cn > k) {
					theta = kthLowerBound(sc, cands, cn, queryBase, docBase, d -> true, k);
					int w = 0;
					for (int i = 0; i < cn; i++) {
						if (lowerBound(sc, cands[i], queryBase, docBase) + rem[j + 1] >= theta) {
							cands[w++] = cands[i];
						}
					}
					cn = w;
				}
			}
		}
		else {
			cands = sc.touched;
			cn = sc.touchedCount;
		}
		// select the k best by score, then id
		Hit[] heap = new Hit[k];
		int hs = 0;
		for (int i = 0; i < cn; i++) {
			int d = cands[i];
			int score = lowerBound(sc, d, queryBase, docBase);
			if (score <= 0 || (!pruned && !eligible.test(d))) {
				continue;
			}
			if (hs == k && score < heap[0].scoreUnits()) {
				continue;
			}
			Hit h = new Hit(side.ext[d], score);
			if (hs < k) {
				heap[hs++] = h;
				siftUp(heap, hs - 1);
			}
			else if (Hit.RANKING.compare(h, heap[0]) < 0) {
				heap[0] = h;
				siftDown(heap, hs);
			}
		}
		List<Hit> out = new ArrayList<>(Arrays.asList(heap).subList(0, hs));
		if (maxBase > 0 && (hs < k || heap[0].scoreUnits() <= maxBase)) {
			// documents no term touched score the base alone: the first k by id among the eligible ones
			int added = 0;
			for (var e : fill.entrySet()) {
				int d = e.getValue();
				if (sc.stamp[d] == epoch || !eligible.test(d)) {
					continue;
				}
				int b = Math.max(queryBase, docBase == null ? 0 : docBase[d]);
				if (b > 0) {
					out.add(new Hit(e.getKey(), b));
					if (++added == k) {
						break;
					}
				}
			}
		}
		out.sort(Hit.RANKING);
		return out.size() > k ? List.copyOf(out.subList(0, k)) : List.copyOf(out);
	}

	private static int lowerBound(Scratch sc, int d, int queryBase, int[] docBase) {
		int b = docBase == null ? queryBase : docBase[d];
		return sc.acc[d] + Math.max(sc.loc[d], b);
	}

	/**
	 * The k-th largest accumulator among the k best documents kept by the previous call and the documents touched
	 * from {@code from} on, which become the k best kept; -1 if fewer than k.
	 */
	private static int kthSince(Scratch sc, int from, int k) {
		int[] acc = sc.acc;
		int[] vals = sc.heap(k);
		int[] docs = sc.topDocs(k);
		int hs = 0;
		int kept = from == 0 ? 0 : sc.topCount;
		int[] touched = sc.touched;
		for (int i = -kept; i < sc.touchedCount - from; i++) {
			int d = i < 0 ? docs[-i - 1 + k] : touched[from + i];
			int v = acc[d];
			if (hs < k) {
				// sift up in the min-heap of (value, document)
				int c = hs++;
				while (c > 0) {
					int parent = (c - 1) >>> 1;
					if (vals[parent] <= v) {
						break;
					}
					vals[c] = vals[parent];
					docs[c] = docs[parent];
					c = parent;
				}
				vals[c] = v;
				docs[c] = d;
			}
			else if (v > vals[0]) {
				// replace the root and sift it down
				int c = 0;
				while (true) {
					int l = 2 * c + 1;
					if (l >= k) {
						break;
					}
					int m = l + 1 < k && vals[l + 1] < vals[l] ? l + 1 : l;
					if (vals[m] >= v) {
						break;
					}
					vals[c] = vals[m];
					docs[c] = docs[m];
					c = m;
				}
				vals[c] = v;
				docs[c] = d;
			}
		}
		// keep the k best for the next call in the upper half (the lower half is the heap's working space)
		System.arraycopy(docs, 0, docs, k, hs);
		sc.topCount = hs;
		return hs < k ? -1 : vals[0];
	}

	/** The k-th largest accumulator among docs (the skills-first path: all of them eligible), -1 if fewer. */
	private static int kthAccumulated(Scratch sc, int[] docs, int count, int k) {
		int[] acc = sc.acc;
		int[] heap = sc.heap(k);
		int hs = 0;
		for (int i = 0; i < count; i++) {
			int v = acc[docs[i]];
			if (hs < k) {
				heap[hs] = v;
				siftUp(heap, hs++);
			}
			else if (v > heap[0]) {
				heap[0] = v;
				siftDown(heap, hs);
			}
		}
		return hs < k ? -1 : heap[0];
	}

	private static int kthLowerBound(Scratch sc, int[] docs, int count, int queryBase, int[] docBase,
			Eligibility eligible, int k) {
		int[] heap = sc.heap(k);
		int hs = 0;
		for (int i = 0; i < count; i++) {
			int d = docs[i];
			int lb = lowerBound(sc, d, queryBase, docBase);
			if (hs == k && lb <= heap[0]) {
				continue;
			}
			if (!eligible.test(d)) {
				continue;
			}
			if (hs < k) {
				heap[hs] = lb;
				siftUp(heap, hs++);
			}
			else {
				heap[0] = lb;
				siftDown(heap, hs);
			}
		}
		return hs < k ? -1 : heap[0];
	}

	/** Min-heap of ints: moves the value at {@code c} up to its place. */
	private static void siftUp(int[] heap, int c) {
		while (c > 0 && heap[(c - 1) / 2] > heap[c]) {
			int p = (c - 1) / 2;
			int t = heap[p];
			heap[p] = heap[c];
			heap[c] = t;
			c = p;
		}
	}

	/** Min-heap of ints of size {@code hs}: moves the root down to its place. */
	private static void siftDown(int[] heap, int hs) {
		int c = 0;
		while (true) {
			int l = 2 * c + 1;
			if (l >= hs) {
				return;
			}
			int m = l + 1 < hs && heap[l + 1] < heap[l] ? l + 1 : l;
			if (heap[m] >= heap[c]) {
				return;
			}
			int t = heap[m];
			heap[m] = heap[c];
			heap[c] = t;
			c = m;
		}
	}

	private void accumulate(Scratch sc, Term t, int epoch, Side side, int ssyk3ForRelated) {
		int[] acc = t.loc ? sc.loc : sc.acc;
		int[] stamp = sc.stamp;
		for (int l = 0; l < t.lists; l++) {
			Postings p = t.postings[l];
			int[] docs = p.docs;
			int len = p.n;
			switch (t.kind) {
				case SKILL -> {
					int q = t.consts[l];
					int[] w = p.w;
					for (int i = 0; i < len; i++) {
						int d = docs[i];
						if (stamp[d] != epoch) {
							sc.touch(d, epoch);
						}
						acc[d] += w[i] * q;
					}
				}
				case CONST -> {
					int c = t.consts[l];
					for (int i = 0; i < len; i++) {
						int d = docs[i];
						if (stamp[d] != epoch) {
							sc.touch(d, epoch);
						}
						acc[d] += c;
					}
				}
				default -> {
					for (int i = 0; i < len; i++) {
						int d = docs[i];
						int c = weight(t, l, d, sc, side, ssyk3ForRelated, epoch);
						if (c > 0) {
							if (stamp[d] != epoch) {
								sc.touch(d, epoch);
							}
							acc[d] += c;
						}
					}
				}
			}
		}
	}

	private int weight(Term t, int l, int d, Scratch sc, Side side, int ssyk3ForRelated, int epoch) {
		if (t.kind == BY_REACH) {
			return t.tables[l][((PeopleSide) side).reach[d]];
		}
		// RELATED_PEOPLE: once per person, and not when one of the person's occupations is in the same SSYK-3 group
		if (sc.seen[d] == epoch) {
			return 0;
		}
		sc.seen[d] = epoch;
		int[] g3 = ((PeopleSide) side).ssyk3[d];
		return ssyk3ForRelated >= 0 && g3 != null && Arrays.binarySearch(g3, ssyk3ForRelated) >= 0 ? 0 : t.consts[l];
	}

	/** Adds a term's weights to the sorted candidates only, galloping through each posting list. */
	private void update(Scratch sc, Term t, int[] cands, int cn, Side side, int ssyk3ForRelated, int epoch) {
		int[] acc = t.loc ? sc.loc : sc.acc;
		for (int l = 0; l < t.lists; l++) {
			Postings p = t.postings[l];
			int[] docs = p.docs;
			int len = p.n;
			int pos = 0;
			for (int i = 0; i < cn && pos < len; i++) {
				int d = cands[i];
				pos = gallop(docs, pos, len, d);
				if (pos < len && docs[pos] == d) {
					int c = switch (t.kind) {
						case SKILL -> p.w[pos] * t.consts[l];
						case CONST -> t.consts[l];
						default -> weight(t, l, d, sc, side, ssyk3ForRelated, epoch);
					};
					acc[d] += c;
				}
			}
		}
	}

	/** The first index at or after from whose doc is at least target. */
	private static int gallop(int[] docs, int from, int len, int target) {
		if (from >= len || docs[from] >= target) {
			return from;
		}
		int step = 1;
		int lo = from;
		int hi = from + 1;
		while (hi < len && docs[hi] < target) {
			lo = hi;
			step <<= 1;
			hi = from + step;
		}
		if (hi > len) {
			hi = len;
		}
		int r = Arrays.binarySearch(docs, lo + 1, hi, target);
		return r >= 0 ? r : -r - 1;
	}

	private static void siftUp(Hit[] heap, int i) {
		while (i > 0) {
			int p = (i - 1) / 2;
			if (Hit.RANKING.compare(heap[i], heap[p]) <= 0) {
				break;
			}
			Hit t = heap[p];
			heap[p] = heap[i];
			heap[i] = t;
			i = p;
		}
	}

	/** A max-heap on ranking order: the root is the worst hit kept. */
	private static void siftDown(Hit[] heap, int size) {
		int i = 0;
		while (true) {
			int l = 2 * i + 1;
			if (l >= size) {
				return;
			}
			int m = l + 1 < size && Hit.RANKING.compare(heap[l + 1], heap[l]) > 0 ? l + 1 : l;
			if (Hit.RANKING.compare(heap[m], heap[i]) <= 0) {
				return;
			}
			Hit t = heap[m];
			heap[m] = heap[i];
			heap[i] = t;
			i = m;
		}
	}

	// ---------------------------------------------------------------- data layout

	/** A term of the query: posting lists with a weight rule. */
	private static final class Term {

		final int kind;
		boolean loc;
		int group = G_OCC;
		long cost;
		Postings[] postings = new Postings[2];
		int[] consts = new int[2];
		int[][] tables = new int[2][];
		int lists;
		int ub;
		/** The interned skill of a skill term (-1 otherwise). */
		int skill = -1;

		Term(int kind) {
			this.kind = kind;
		}

		static Term skill(Postings p, int q, int skill) {
			Term t = new Term(SKILL);
			t.group = G_SKILL;
			t.skill = skill;
			t.add(p, q);
			return t;
		}

		Term loc() {
			loc = true;
			group = G_LOC;
			return this;
		}

		void add(Postings p, int c) {
			if (p == null || p.n == 0) {
				return;
			}
			grow();
			postings[lists] = p;
			consts[lists++] = c;
		}

		void add(Postings p, int[] table) {
			if (p == null || p.n == 0) {
				return;
			}
			grow();
			postings[lists] = p;
			tables[lists++] = table;
		}

		private void grow() {
			if (lists == postings.length) {
				postings = Arrays.copyOf(postings, lists * 2);
				consts = Arrays.copyOf(consts, lists * 2);
				tables = Arrays.copyOf(tables, lists * 2);
			}
		}

		void computeUpperBound() {
			int m = 0;
			cost = 1;
			for (int l = 0; l < lists; l++) {
				cost += postings[l].n;
				int b = switch (kind) {
					case SKILL -> postings[l].maxW * consts[l];
					case BY_REACH -> Math.max(tables[l][0], Math.max(tables[l][1], tables[l][2]));
					default -> consts[l];
				};
				m = Math.max(m, b);
			}
			ub = m;
		}
	}

	/** A growable posting list, sorted by internal document number. */
	static final class Postings {

		int[] docs = new int[4];
		int[] w;
		/**
		 * Skill lists carry the document's non-skill keys inline, so that the skills-first path computes occupation
		 * and location from the list it reads in order, without a random access per document: for opportunities
		 * the municipality and the occupation name; for people (municipality, reach, willing to move) and up to two
		 * occupation names (-1 when the person has more).
		 */
		int[] k1;
		int[] k2;
		int n;
		int maxW;

		Postings(boolean weighted) {
			if (weighted) {
				w = new int[4];
				k1 = new int[4];
				k2 = new int[4];
			}
		}

		void add(int d, int weight) {
			add(d, weight, 0, 0);
		}

		/** Flags a removed document's postings so that the skills-first path skips them without a lookup. */
		void kill(int d) {
			int i = Arrays.binarySearch(docs, 0, n, d);
			if (i < 0 || k1 == null) {
				return;
			}
			while (i > 0 && docs[i - 1] == d) {
				i--;
			}
			for (; i < n && docs[i] == d; i++) {
				k1[i] |= DEAD;
			}
		}

		void add(int d, int weight, int key1, int key2) {
			if (n == docs.length) {
				docs = Arrays.copyOf(docs, n * 2);
				if (w != null) {
					w = Arrays.copyOf(w, n * 2);
					k1 = Arrays.copyOf(k1, n * 2);
					k2 = Arrays.copyOf(k2, n * 2);
				}
			}
			docs[n] = d;
			if (w != null) {
				w[n] = weight;
				k1[n] = key1;
				k2[n] = key2;
				maxW = Math.max(maxW, weight);
			}
			n++;
		}
	}

	private static long pack(int skill, int weight) {
		return ((long) skill << 32) | (weight & 0xFFFFFFFFL);
	}

	/** Strings to dense ints. */
	private static final class Dict {

		private final Map<String, Integer> ids = new HashMap<>();
		private final List<String> names = new ArrayList<>();

		int intern(String s) {
			Integer i = ids.get(s);
			if (i == null) {
				i = ids.size();
				ids.put(s, i);
				names.add(s);
			}
			return i;
		}

		String name(int i) {
			return names.get(i);
		}

		int find(String s) {
			Integer i = ids.get(s);
			return i == null ? -1 : i;
		}

		int size() {
			return ids.size();
		}
	}

	private static Postings at(List<Postings> lists, int i, boolean weighted) {
		while (lists.size() <= i) {
			lists.add(null);
		}
		Postings p = lists.get(i);
		if (p == null) {
			p = new Postings(weighted);
			lists.set(i, p);
		}
		return p;
	}

	private abstract class Side {

		String[] ext = new String[16];
		Object[] source = new Object[16];
		boolean[] alive = new boolean[16];
		int[] muni = new int[16];
		/**
		 * Each document's skill postings as (skill id << 32 | posting weight), so that the rest of a document's score
		 * is one short array away instead of a binary search in every remaining posting list.
		 */
		long[][] packed = new long[16][];
		int size;
		int live;
		boolean anyBase;
		final Map<String, Integer> byExt = new HashMap<>();
		final TreeMap<String, Integer> fill = new TreeMap<>();
		final List<Postings> skillPostings = new ArrayList<>();
		final PostingMap byName = new PostingMap();
		final PostingMap bySsyk4 = new PostingMap();
		final PostingMap bySsyk3 = new PostingMap();
		final PostingMap byMuni = new PostingMap();
		final PostingMap byCounty = new PostingMap();

		int newDoc(String id, Object src, String municipality) {
			if (size == ext.length) {
				grow(size * 2);
			}
			int d = size++;
			ext[d] = id;
			source[d] = src;
			alive[d] = true;
			muni[d] = internMuni(municipality);
			byMuni.add(muni[d], d);
			byCounty.add(counties.intern(MatchContext.county(municipality)), d);
			byExt.put(id, d);
			live++;
			return d;
		}

		void grow(int cap) {
			ext = Arrays.copyOf(ext, cap);
			source = Arrays.copyOf(source, cap);
			alive = Arrays.copyOf(alive, cap);
			muni = Arrays.copyOf(muni, cap);
			packed = Arrays.copyOf(packed, cap);
		}

		/** The skills under which a document is indexed. */
		abstract String[] skillsOf(Object source);

		void remove(String id) {
			Integer d = byExt.remove(id);
			if (d != null) {
				for (String s : skillsOf(source[d])) {
					int i = skills.find(s);
					if (i >= 0 && i < skillPostings.size() && skillPostings.get(i) != null) {
						skillPostings.get(i).kill(d);
					}
				}
				alive[d] = false;
				source[d] = null;
				packed[d] = null;
				fill.remove(id);
				live--;
			}
		}
	}

	/** Postings keyed by a dense int, null when absent. */
	private static final class PostingMap {

		final List<Postings> lists = new ArrayList<>();

		void add(int key, int d) {
			Postings p = at(lists, key, false);
			if (p.n == 0 || p.docs[p.n - 1] != d) {
				p.add(d, 0);
			}
		}

		Postings get(int key) {
			return key < 0 || key >= lists.size() ? null : lists.get(key);
		}
	}

	private final class OppSide extends Side {

		int[][] required = new int[16][];
		int[] latest = new int[16];
		int[] name = new int[16];
		int[] ssyk4 = new int[16];

		OppSide() {
			anyBase = false;
		}

		@Override
		String[] skillsOf(Object source) {
			return scorer.termWeights((Opportunity) source).skills();
		}

		@Override
		void grow(int cap) {
			super.grow(cap);
			required = Arrays.copyOf(required, cap);
			latest = Arrays.copyOf(latest, cap);
			name = Arrays.copyOf(name, cap);
			ssyk4 = Arrays.copyOf(ssyk4, cap);
		}

		void add(Opportunity o) {
			int d = newDoc(o.id(), o, o.municipality());
			required[d] = requiredCodes(o, true);
			latest[d] = o.latestStart() == null ? Integer.MAX_VALUE : (int) o.latestStart().toEpochDay();
			fill.put(o.id(), d);
			Scorer.TermWeights tw = scorer.termWeights(o);
			// key1: the required codes as bits (CHECK when one does not fit or a latest start is set);
			// key2: occupation name and municipality, 16 bits each (-1 when they do not fit)
			int key1 = latest[d] != Integer.MAX_VALUE ? CHECK : 0;
			if (required[d] != null) {
				for (int c : required[d]) {
					key1 |= c < MASK_CODES ? 1 << c : CHECK;
				}
			}
			int nameId = internName(o.occupation());
			int key2 = nameId < 0xFFFF && muni[d] < 0x7FFF ? nameId | (muni[d] << 16) : -1;
			packed[d] = new long[tw.skills().length];
			for (int i = 0; i < tw.skills().length; i++) {
				int s = skills.intern(tw.skills()[i]);
				at(skillPostings, s, true).add(d, tw.weights()[i], key1, key2);
				packed[d][i] = pack(s, tw.weights()[i]);
			}
			name[d] = internName(o.occupation());
			byName.add(name[d], d);
			String g = context.ssyk4(o.occupation());
			ssyk4[d] = g == null ? -1 : internGroup(g);
			if (g != null) {
				bySsyk4.add(ssyk4s.intern(g), d);
				bySsyk3.add(ssyk3s.intern(MatchContext.ssyk3(g)), d);
			}
		}
	}

	private final class PeopleSide extends Side {

		byte[] reach = new byte[16];
		int[] base = new int[16];
		int[] avail = new int[16];
		int[][] codes = new int[16][];
		int[][] ssyk3 = new int[16][];
		int[][] names = new int[16][];
		int[][] groups = new int[16][];
		/** How many live people hold each requirement code (licence or language). */
		int[] holders = new int[8];

		@Override
		String[] skillsOf(Object source) {
			return ((PersonProfile) source).skills().stream().map(SkillClaim::skillId).toArray(String[]::new);
		}

		boolean anyHolder(int code) {
			return code >= 0 && code < holders.length && holders[code] > 0;
		}

		@Override
		void remove(String id) {
			Integer d = byExt.get(id);
			if (d != null && codes[d] != null) {
				for (int c : codes[d]) {
					holders[c]--;
				}
			}
			super.remove(id);
		}

		@Override
		void grow(int cap) {
			super.grow(cap);
			reach = Arrays.copyOf(reach, cap);
			base = Arrays.copyOf(base, cap);
			avail = Arrays.copyOf(avail, cap);
			codes = Arrays.copyOf(codes, cap);
			ssyk3 = Arrays.copyOf(ssyk3, cap);
			names = Arrays.copyOf(names, cap);
			groups = Arrays.copyOf(groups, cap);
		}

		void add(PersonProfile p) {
			int d = newDoc(p.id(), p, p.municipality());
			reach[d] = (byte) p.reach().ordinal();
			base[d] = p.willingToMove() ? MOVE : 0;
			if (p.willingToMove()) {
				anyBase = true;
				fill.put(p.id(), d);
			}
			avail[d] = p.availableFrom() == null ? Integer.MIN_VALUE : (int) p.availableFrom().toEpochDay();
			List<Integer> held = new ArrayList<>();
			p.drivingLicences().forEach(l -> held.add(MatchEngine.this.codes.intern("D:" + l)));
			p.languages().forEach(l -> held.add(MatchEngine.this.codes.intern("L:" + l)));
			codes[d] = held.isEmpty() ? null : held.stream().mapToInt(Integer::intValue).sorted().toArray();
			if (codes[d] != null) {
				for (int c : codes[d]) {
					if (c >= holders.length) {
						holders = Arrays.copyOf(holders, Math.max(c + 1, holders.length * 2));
					}
					holders[c]++;
				}
			}
			if (muni[d] >= 1 << (PERSON_LOC_BITS - 3)) {
				throw new IllegalStateException("more municipalities than a posting key holds");
			}
			int locKey = (muni[d] << 3) | (reach[d] << 1) | (p.willingToMove() ? 1 : 0)
					| (avail[d] != Integer.MIN_VALUE ? CHECK : 0);
			for (int c : codes[d] == null ? new int[0] : codes[d]) {
				if (c < PERSON_CODES) {
					locKey |= 1 << (PERSON_LOC_BITS + c);
				}
			}
			int occKey = 0;
			int slot = 0;
			for (String n : p.occupations()) {
				int id = internName(n) + 1;
				if (slot == 2 || id > 0xFFFF) {
					occKey = -1;
					break;
				}
				occKey |= id << (16 * slot++);
			}
			packed[d] = new long[p.skills().size()];
			int pi = 0;
			for (SkillClaim c : p.skills()) {
				int s = skills.intern(c.skillId());
				at(skillPostings, s, true).add(d, c.creditPermille(), locKey, occKey);
				packed[d][pi++] = pack(s, c.creditPermille());
			}
			Set<Integer> g4 = new HashSet<>();
			Set<Integer> g3 = new java.util.TreeSet<>();
			int no = p.occupations().size();
			names[d] = new int[no];
			groups[d] = new int[no];
			int oi = 0;
			for (String n : p.occupations()) {
				byName.add(internName(n), d);
				String g = context.ssyk4(n);
				names[d][oi] = internName(n);
				groups[d][oi++] = g == null ? -1 : internGroup(g);
				if (g != null) {
					g4.add(ssyk4s.intern(g));
					g3.add(ssyk3s.intern(MatchContext.ssyk3(g)));
				}
			}
			g4.forEach(g -> bySsyk4.add(g, d));
			g3.forEach(g -> bySsyk3.add(g, d));
			ssyk3[d] = g3.isEmpty() ? null : g3.stream().mapToInt(Integer::intValue).toArray();
		}
	}

	/** Per-thread accumulators, reset by bumping an epoch instead of clearing. */
	private final class Scratch {

		int[] acc = new int[0];
		int[] loc = new int[0];
		int[] stamp = new int[0];
		int[] seen = new int[0];
		int[] touched = new int[0];
		int[] heap = new int[0];
		int[] topDocs = new int[0];
		int topCount;
		long[] bits = new long[0];
		/** The query's skill terms by skill id: stamp (the query's epoch), constant and position in term order. */
		int[] qStamp = new int[0];
		int[] qConst = new int[0];
		int[] qOrder = new int[0];
		int qEpoch;
		int touchedCount;
		int epoch;

		void begin(int capacity) {
			if (acc.length < capacity) {
				int cap = Math.max(capacity, acc.length * 3 / 2);
				acc = new int[cap];
				loc = new int[cap];
				stamp = new int[cap];
				seen = new int[cap];
				touched = new int[cap];
				epoch = 0;
			}
			epoch++;
			if (epoch == Integer.MAX_VALUE) {
				Arrays.fill(stamp, 0);
				Arrays.fill(seen, 0);
				epoch = 1;
			}
			touchedCount = 0;
		}

		void touch(int d, int e) {
			stamp[d] = e;
			acc[d] = 0;
			loc[d] = 0;
			touched[touchedCount++] = d;
		}

		/**
		 * Records the skill terms of a query (in their processing order) for {@link #rest}; false when two terms share
		 * a skill, and then the rest is looked up in the posting lists instead.
		 */
		boolean table(List<Term> terms, int skillCount) {
			if (qStamp.length < skillCount) {
				int cap = Math.max(skillCount, qStamp.length * 3 / 2);
				qStamp = new int[cap];
				qConst = new int[cap];
				qOrder = new int[cap];
				qEpoch = 0;
			}
			if (++qEpoch == Integer.MAX_VALUE) {
				Arrays.fill(qStamp, 0);
				qEpoch = 1;
			}
			for (int j = 0; j < terms.size(); j++) {
				Term t = terms.get(j);
				int s = t.skill;
				if (s < 0 || s >= qStamp.length || qStamp[s] == qEpoch) {
					return false;
				}
				qStamp[s] = qEpoch;
				qConst[s] = t.consts[0];
				qOrder[s] = j;
			}
			return true;
		}

		/** What the terms from position {@code from} on add to a document with these packed skill postings. */
		int rest(long[] packed, int from) {
			int r = 0;
			for (long e : packed) {
				int s = (int) (e >>> 32);
				if (s < qStamp.length && qStamp[s] == qEpoch && qOrder[s] >= from) {
					r += (int) e * qConst[s];
				}
			}
			return r;
		}

		/** A cleared bit set for documents below size. */
		long[] bits(int size) {
			int words = (size + 63) >>> 6;
			if (bits.length < words) {
				bits = new long[Math.max(words, bits.length * 3 / 2)];
			}
			else {
				Arrays.fill(bits, 0, words, 0L);
			}
			return bits;
		}

		int[] heap(int k) {
			if (heap.length < k) {
				heap = new int[k];
			}
			return heap;
		}

		/** Room for 2k documents: a heap's and the k best kept by kthSince. */
		int[] topDocs(int k) {
			if (topDocs.length < 2 * k) {
				topDocs = new int[2 * k];
			}
			return topDocs;
		}
	}
}
