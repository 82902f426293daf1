package se.kompetensnav.matching.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.kompetensnav.matching.core.Match.Contribution;
import se.kompetensnav.matching.core.Match.SkillMatch;
import se.kompetensnav.matching.core.MatchWeights.Factor;
import se.kompetensnav.matching.core.MatchWeights.LocationTier;
import se.kompetensnav.matching.core.MatchWeights.OccupationTier;

/**
 * The score of one person against one opportunity, with its explanation. This is the definition; the
 * {@link MatchEngine} computes the same numbers faster and {@link ReferenceMatcher} ranks with this class directly.
 * <pre>
 * score = must + nice + occupation + location                           (points, 0-100)
 * must  = 55 * sum over matched must skills s of idf(s) * credit(s) / sum over all must skills of idf(s)
 * nice  = 15 * the same over nice-to-have skills
 *         (when an opportunity has no must skills the nice part weighs 70, and the other way round)
 * occupation = 15 * best tier over the person's occupations: same name 1, same SSYK-4 .75, same SSYK-3 .5, related .25
 * location   = 15 * tier: same municipality 1, neighbour .75 (reach &ge; neighbours), same county .5
 *              (reach = commuting area), otherwise willing to move .25, else 0
 * </pre>
 * Hard requirements (driving licences, languages, latest start) filter; nothing else excludes.
 */
public final class Scorer {

	private final MatchContext context;

	public Scorer(MatchContext context) {
		this.context = context;
	}

	public MatchContext context() {
		return context;
	}

	/** Why a person is excluded from an opportunity by a hard requirement, or empty when eligible. */
	public static Optional<String> ineligibility(PersonProfile person, Opportunity opportunity) {
		if (!person.drivingLicences().containsAll(opportunity.requiredLicences())) {
			return Optional.of("driving-licence");
		}
		if (!person.languages().containsAll(opportunity.requiredLanguages())) {
			return Optional.of("language");
		}
		if (!available(person.availableFrom(), opportunity.latestStart())) {
			return Optional.of("availability");
		}
		return Optional.empty();
	}

	static boolean available(LocalDate from, LocalDate latestStart) {
		return from == null || latestStart == null || !from.isAfter(latestStart);
	}

	/** The explained match, or empty when a hard requirement excludes the person. */
	public Optional<Match> match(PersonProfile person, Opportunity opportunity) {
		if (ineligibility(person, opportunity).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(explain(person, opportunity));
	}

	/** The explained score, ignoring hard requirements. */
	public Match explain(PersonProfile person, Opportunity opportunity) {
		Map<String, SkillClaim> claims = new HashMap<>();
		person.skills().forEach(c -> claims.put(c.skillId(), c));
		TermWeights weights = termWeights(opportunity);
		List<SkillMatch> matched = new ArrayList<>();
		List<String> missingMust = new ArrayList<>();
		List<String> missingNice = new ArrayList<>();
		int must = 0;
		int nice = 0;
		for (int i = 0; i < weights.skills.length; i++) {
			String skill = weights.skills[i];
			boolean isMust = i < weights.mustCount;
			SkillClaim claim = claims.get(skill);
			if (claim == null) {
				(isMust ? missingMust : missingNice).add(skill);
				continue;
			}
			int credit = claim.creditPermille();
			int units = weights.weights[i] * credit;
			matched.add(new SkillMatch(skill, isMust, claim.validated(), credit, units));
			if (isMust) {
				must += units;
			}
			else {
				nice += units;
			}
		}
		OccupationTier occ = occupationTier(person, opportunity);
		LocationTier loc = context.locationTier(person.municipality(), person.reach(), person.willingToMove(),
				opportunity.municipality());
		var factors = List.of(new Contribution(Factor.MUST_SKILLS, must), new Contribution(Factor.NICE_SKILLS, nice),
				new Contribution(Factor.OCCUPATION, occ.units()), new Contribution(Factor.LOCATION, loc.units()));
		int score = must + nice + occ.units() + loc.units();
		return new Match(person.id(), opportunity.id(), score, factors, matched, missingMust, missingNice, occ, loc,
				person.adaptationsNeeded());
	}

	public OccupationTier occupationTier(PersonProfile person, Opportunity opportunity) {
		OccupationTier best = OccupationTier.NONE;
		for (String o : person.occupations()) {
			OccupationTier t = context.occupationTier(o, opportunity.occupation());
			if (t.ordinal() < best.ordinal()) {
				best = t;
			}
		}
		return best;
	}

	/**
	 * The opportunity's skills with their weights in units per per-mille of credit: must skills first, then nice ones,
	 * in the opportunity's order. Each part's weights sum exactly to its points (largest-remainder rounding).
	 */
	public TermWeights termWeights(Opportunity opportunity) {
		int mustPoints = MatchWeights.MUST_POINTS;
		int nicePoints = MatchWeights.NICE_POINTS;
		if (opportunity.must().isEmpty()) {
			nicePoints += mustPoints;
			mustPoints = 0;
		}
		else if (opportunity.nice().isEmpty()) {
			mustPoints += nicePoints;
			nicePoints = 0;
		}
		int m = opportunity.must().size();
		String[] skills = new String[m + opportunity.nice().size()];
		int[] weights = new int[skills.length];
		distribute(opportunity.must(), mustPoints, skills, weights, 0);
		distribute(opportunity.nice(), nicePoints, skills, weights, m);
		return new TermWeights(skills, weights, m);
	}

	private void distribute(List<String> part, int points, String[] skills, int[] weights, int offset) {
		int n = part.size();
		if (n == 0) {
			return;
		}
		long total = (long) points * MatchWeights.TERM_UNITS_PER_POINT;
		double[] idf = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			idf[i] = context.idf(part.get(i));
			sum += idf[i];
		}
		long given = 0;
		double[] remainder = new double[n];
		for (int i = 0; i < n; i++) {
			double exact = total * idf[i] / sum;
			long floor = (long) Math.floor(exact);
			skills[offset + i] = part.get(i);
			weights[offset + i] = (int) floor;
			remainder[i] = exact - floor;
			given += floor;
		}
		long left = total - given;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a])
				: Integer.compare(a, b));
		for (int i = 0; left > 0; i = (i + 1) % n, left--) {
			weights[offset + order[i]]++;
		}
	}

	/** An opportunity's skill weights: {@code skills[i]} weighs {@code weights[i]}; the first mustCount are musts. */
	public record TermWeights(String[] skills, int[] weights, int mustCount) {
	}
}
