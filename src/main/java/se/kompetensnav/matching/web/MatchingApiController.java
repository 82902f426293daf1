package se.kompetensnav.matching.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.matching.Matching;
import se.kompetensnav.matching.core.GapPlan;
import se.kompetensnav.matching.core.Match;
import se.kompetensnav.matching.core.MatchWeights.Factor;
import se.kompetensnav.matching.internal.MatchingService;

/**
 * Matches as JSON. People are returned only as the caller may see them: by name to their own case workers, else only
 * when shared for matching and then by an anonymous reference.
 */
@RestController
@RequestMapping("/api/matching")
@Tag(name = "Matching", description = "Explainable matches between people, opportunities, needs and courses")
class MatchingApiController {

	static final int MAX_LIMIT = 100;

	static final String RELEVANT = "Only candidates with at least one matched skill or an occupation in the same or "
			+ "a related group are listed: someone with only the location in common is left out, so the list may be "
			+ "shorter than the limit.";

	private final MatchingService matching;

	private final Clock clock;

	MatchingApiController(MatchingService matching, Clock clock) {
		this.matching = matching;
		this.clock = clock;
	}

	/** Each factor's points (they sum to the score, 0-100). */
	record Factors(double must, double nice, double occupation, double location) {

		static Factors of(Match m) {
			return new Factors(m.units(Factor.MUST_SKILLS) / 1e7, m.units(Factor.NICE_SKILLS) / 1e7,
					m.units(Factor.OCCUPATION) / 1e7, m.units(Factor.LOCATION) / 1e7);
		}
	}

	/** One offer of a gap-closing path. */
	record PathStep(String offerId, LocalDate start, LocalDate end, Set<String> covers, boolean overlapsPrevious) {
	}

	/** A gap-closing path: fewest weeks in total; method EXACT, or GREEDY within {@code bound} of the optimum. */
	record Path(List<PathStep> steps, int totalWeeks, Set<String> covered, Set<String> uncoverable, String method,
			double bound) {

		static @Nullable Path of(@Nullable GapPlan p) {
			return p == null ? null
					: new Path(p.steps().stream().map(s -> new PathStep(s.offer().id(), s.start(), s.end(),
							s.covers(), s.overlapsPrevious())).toList(), p.totalWeeks(), p.covered(), p.uncoverable(),
							p.method().name(), p.bound());
		}
	}

	/** An opportunity for a person, explained. */
	record OpportunityResult(long opportunityId, String title, String employer, String municipalityCode,
			double score, Factors factors, List<String> matched, List<String> missingMust, List<String> missingNice,
			String occupationTier, String locationTier, Path path) {
	}

	/** A course or validation offer that teaches missing must-have skills of the person's best opportunities. */
	record CourseResult(String offerId, String title, int weeks, List<String> teachesMissing) {
	}

	record PersonResult(List<OpportunityResult> opportunities, List<CourseResult> courses) {
	}

	/**
	 * A candidate. {@code name} and {@code participantId} only for the participant's own case workers; everyone else
	 * gets the anonymous {@code reference}.
	 */
	record CandidateResult(@Nullable String name, @Nullable Long participantId, @Nullable String reference,
			double score, Factors factors, List<String> matched, List<String> missingMust, @Nullable Path path) {

		static CandidateResult of(MatchingService.CandidateRow r) {
			Match m = r.match();
			return new CandidateResult(r.named() ? r.label() : null, r.named() ? r.participantId() : null,
					r.named() ? null : r.label(), m.score(), Factors.of(m), m.matchedSkillIds(), m.missingMust(),
					Path.of(r.plan()));
		}
	}

	/** A shared candidate for a requirement: anonymised, never a participant id. */
	record SharedCandidateResult(String reference, double score, List<String> matched, List<String> missingMust,
			@Nullable String municipalityCode) {
	}

	private static int limit(int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException(FieldError.of("limit", "matching.limit", MAX_LIMIT));
		}
		return limit;
	}

	@GetMapping("/participants/{id}/opportunities")
	@Operation(summary = "A participant's best open opportunities, explained, with gap-closing paths",
			description = "For the participant's own case workers (404 otherwise, audited). Each match lists the "
					+ "factors (summing to the score), the matched and missing skills and the courses and validation "
					+ "offers that cover the missing must-haves in the fewest weeks.")
	PersonResult forParticipant(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
		MatchingService.PersonMatches pm = matching.forParticipant(id, limit(limit));
		return new PersonResult(pm.opportunities().stream().map(om -> {
			Match m = om.match();
			var o = om.opportunity();
			return new OpportunityResult(o.id(), o.title(), o.employerName(), o.municipalityCode(), m.score(),
					Factors.of(m), m.matchedSkillIds(), m.missingMust(), m.missingNice(), m.occupationTier().name(),
					m.locationTier().name(), Path.of(om.plan()));
		}).toList(), pm.courses().stream().map(c -> new CourseResult(c.offer().id(), c.offer().title(),
				c.offer().weeks(), c.teachesMissing())).toList());
	}

	@GetMapping("/opportunities/{id}/candidates")
	@Operation(summary = "Candidates for an opportunity",
			description = "Employers (their own opportunities) see only participants shared for matching, "
					+ "anonymised; consultants and unit managers also see their own participants by name. "
					+ RELEVANT)
	List<CandidateResult> forOpportunity(@PathVariable long id, @RequestParam(defaultValue = "20") int limit) {
		return candidates(matching::forOpportunity, id, limit);
	}

	@GetMapping("/needs/{id}/candidates")
	@Operation(summary = "Candidates for a critical function (competence need), with the path to train each",
			description = "The supply that could be trained for the need: shared participants (anonymised) and the "
					+ "caller's own (by name), each with the gap-closing path through the catalogue. " + RELEVANT)
	List<CandidateResult> forNeed(@PathVariable long id, @RequestParam(defaultValue = "20") int limit) {
		return candidates(matching::forNeed, id, limit);
	}

	/** What the two candidate lists share: the limit checked, the rows as the caller may see them. */
	private List<CandidateResult> candidates(BiFunction<Long, Integer, MatchingService.Candidates> source, long id,
			int limit) {
		return source.apply(id, limit(limit)).rows().stream().map(CandidateResult::of).toList();
	}

	@PostMapping("/candidates")
	@Operation(summary = "Shared, anonymised candidates for a requirement",
			description = "Body {\"occupationId\",\"municipalityCode\",\"mustSkillIds\":[],\"niceSkillIds\":[]}. "
					+ "Any signed-in user; only participants shared for matching, each by an anonymous reference.")
	List<SharedCandidateResult> candidates(@RequestBody Matching.Requirement requirement,
			@RequestParam(defaultValue = "20") int limit) {
		return matching.sharedCandidates(requirement, limit(limit)).stream()
			.map(c -> new SharedCandidateResult(c.reference(), c.score(), c.matched(), c.missingMust(),
					c.municipalityCode()))
			.toList();
	}

	@GetMapping("/gap-plan")
	@Operation(summary = "Courses and validation offers that cover skills in the fewest weeks",
			description = "skills: comma-separated taxonomy skill ids; municipality: kommunkod (omitted: distance "
					+ "ignored); from: the earliest start (default today).")
	Path gapPlan(@RequestParam String skills, @RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable LocalDate from) {
		Set<String> ids = Arrays.stream(skills.split(",")).map(String::strip).filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		if (ids.isEmpty()) {
			throw new InvalidInputException(FieldError.of("skills", "matching.skills.required"));
		}
		return Path.of(matching.closeGap(ids, municipality, from == null ? LocalDate.now(clock) : from));
	}
}
