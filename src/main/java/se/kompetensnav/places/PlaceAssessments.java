package se.kompetensnav.places;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.CurrentUser;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.places.core.ActionDefinition;
import se.kompetensnav.places.core.Answer;
import se.kompetensnav.places.core.ComparisonGroup;
import se.kompetensnav.places.core.DimensionScore;
import se.kompetensnav.places.core.RecommendationEngine;
import se.kompetensnav.places.core.Respondent;
import se.kompetensnav.places.core.Scoring;

/**
 * Assessments: create them, invite respondents, take their answers (progress saved), and report.
 */
@Service
public class PlaceAssessments {

	private final JdbcClient jdbc;

	private final Framework framework;

	private final PlaceIndicators indicators;

	private final CurrentUsers users;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final RecommendationEngine engine = new RecommendationEngine(RecommendationEngine.Settings.DEFAULT);

	PlaceAssessments(JdbcClient jdbc, Framework framework, PlaceIndicators indicators, CurrentUsers users,
			Clock clock) {
		this.jdbc = jdbc;
		this.framework = framework;
		this.indicators = indicators;
		this.users = users;
		this.clock = clock;
	}

	/** What a new assessment needs. */
	public record NewAssessment(String municipalityCode, @Nullable String town, String title,
			ComparisonGroup.Basis comparisonBasis, Set<String> chosenCodes) {
	}

	@Transactional
	public Assessment create(NewAssessment cmd) {
		return create(cmd, false);
	}

	@Transactional
	public Assessment create(NewAssessment cmd, boolean demo) {
		List<FieldError> errors = new ArrayList<>();
		if (indicators.municipalityName(cmd.municipalityCode()).isEmpty()) {
			errors.add(FieldError.of("municipalityCode", "places.error.municipality", cmd.municipalityCode()));
		}
		if (cmd.title() == null || cmd.title().isBlank() || cmd.title().length() > 200) {
			errors.add(FieldError.of("title", "validation.size", 1, 200));
		}
		if (cmd.town() != null && cmd.town().length() > 120) {
			errors.add(FieldError.of("town", "validation.size", 0, 120));
		}
		for (String code : cmd.chosenCodes()) {
			if (indicators.municipalityName(code).isEmpty()) {
				errors.add(FieldError.of("chosenCodes", "places.error.municipality", code));
			}
		}
		if (cmd.comparisonBasis() == ComparisonGroup.Basis.CHOSEN && cmd.chosenCodes().isEmpty()) {
			errors.add(FieldError.of("chosenCodes", "validation.required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		CurrentUser user = users.current().orElse(null);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into place_assessment (municipality_code, town, title, unit_id, created_by, created_at,
				                              comparison_basis, comparison_codes, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(cmd.municipalityCode(), blankToNull(cmd.town()), cmd.title().trim(),
					user == null ? null : user.unitId(), user == null ? "system" : user.username(),
					Timestamp.from(clock.instant()), cmd.comparisonBasis().name(),
					String.join(",", cmd.chosenCodes()), demo)
			.update(keys, "id");
		return get(keys.getKeyAs(Long.class));
	}

	public List<Assessment> list() {
		return jdbc.sql("select id from place_assessment order by created_at desc, id desc").query(Long.class).list()
			.stream().map(this::get).toList();
	}

	public Assessment get(long id) {
		var row = jdbc.sql("""
				select id, municipality_code, town, title, created_by, created_at, comparison_basis, comparison_codes,
				       demo
				from place_assessment where id = ?""").param(id).query((rs, n) -> new Object[] { rs.getLong(1),
				rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
				rs.getString(7), rs.getString(8), rs.getBoolean(9) })
			.optional().orElseThrow(() -> new NotFoundException("assessment", id));
		List<Assessment.RespondentInfo> respondents = jdbc.sql("""
				select r.id, r.token, r.name, r.side, r.organisation, r.completed_at,
				       (select count(*) from place_answer a where a.respondent_id = r.id and a.score is not null)
				from place_respondent r where r.assessment_id = ? order by r.side, r.id""").param(id)
			.query((rs, n) -> new Assessment.RespondentInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getInt(7)))
			.list();
		String code = (String) row[1];
		String chosen = (String) row[7];
		return new Assessment((Long) row[0], code, indicators.municipalityName(code).orElse(code), (String) row[2],
				(String) row[3], (String) row[4], (java.time.Instant) row[5], (String) row[6],
				chosen == null || chosen.isBlank() ? List.of() : Arrays.asList(chosen.split(",")), (Boolean) row[8],
				respondents);
	}

	@Transactional
	public Assessment.RespondentInfo addRespondent(long assessmentId, String name, String side, String organisation) {
		get(assessmentId);
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank() || name.length() > 120) {
			errors.add(FieldError.of("name", "validation.size", 1, 120));
		}
		if (organisation == null || organisation.isBlank() || organisation.length() > 200) {
			errors.add(FieldError.of("organisation", "validation.size", 1, 200));
		}
		Respondent parsed = parseSide(side);
		if (parsed == null) {
			errors.add(FieldError.of("side", "validation.unknown", side));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		byte[] secret = new byte[18];
		random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into place_respondent (assessment_id, token, name, side, organisation, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(assessmentId, token, name.trim(), parsed.name(), organisation.trim(),
					Timestamp.from(clock.instant()))
			.update(keys, "id");
		return new Assessment.RespondentInfo(keys.getKeyAs(Long.class), token, name.trim(), parsed.name(),
				organisation.trim(), null, 0);
	}

	/** A respondent's form: whose it is and what they have answered so far. */
	public record ResponseForm(Assessment assessment, Assessment.RespondentInfo respondent,
			Map<String, Integer> scores, Map<String, String> comments) {
	}

	public ResponseForm form(String token) {
		long[] ids = jdbc.sql("select id, assessment_id from place_respondent where token = ?").param(token)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).optional()
			.orElseThrow(() -> new NotFoundException("respondent", "token"));
		Assessment assessment = get(ids[1]);
		Assessment.RespondentInfo respondent = assessment.respondents().stream().filter(r -> r.id() == ids[0])
			.findFirst().orElseThrow();
		Map<String, Integer> scores = new HashMap<>();
		Map<String, String> comments = new HashMap<>();
		jdbc.sql("select question_key, score, comment from place_answer where respondent_id = ?").param(ids[0])
			.query(rs -> {
				int s = rs.getInt(2);
				if (!rs.wasNull()) {
					scores.put(rs.getString(1), s);
				}
				if (rs.getString(3) != null) {
					comments.put(rs.getString(1), rs.getString(3));
				}
			});
		return new ResponseForm(assessment, respondent, scores, comments);
	}

	/**
	 * Saves a respondent's answers (empty score: not answered yet, or "don't know"). All or nothing: an invalid
	 * score or comment stores none of them. {@code complete} marks the response as handed in.
	 */
	@Transactional
	public void answer(String token, Map<String, String> scores, Map<String, String> comments, boolean complete) {
		ResponseForm form = form(token);
		List<FieldError> errors = new ArrayList<>();
		Map<String, Integer> parsed = new LinkedHashMap<>();
		Set<String> questions = new LinkedHashSet<>();
		framework.questions().forEach(q -> questions.add(q.key()));
		for (Map.Entry<String, String> e : scores.entrySet()) {
			if (!questions.contains(e.getKey())) {
				errors.add(FieldError.of(e.getKey(), "validation.unknown", e.getKey()));
				continue;
			}
			String v = e.getValue() == null ? "" : e.getValue().trim();
			if (v.isEmpty()) {
				continue;
			}
			try {
				int s = Integer.parseInt(v);
				if (s < 1 || s > 7) {
					errors.add(FieldError.of(e.getKey(), "validation.range", 1, 7));
				}
				else {
					parsed.put(e.getKey(), s);
				}
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.of(e.getKey(), "validation.range", 1, 7));
			}
		}
		for (Map.Entry<String, String> e : comments.entrySet()) {
			if (!questions.contains(e.getKey())) {
				errors.add(FieldError.of(e.getKey(), "validation.unknown", e.getKey()));
			}
			else if (e.getValue() != null && e.getValue().length() > 1000) {
				errors.add(FieldError.of("comment." + e.getKey(), "validation.size", 0, 1000));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long respondentId = form.respondent().id();
		Timestamp now = Timestamp.from(clock.instant());
		Set<String> touched = new LinkedHashSet<>(scores.keySet());
		touched.addAll(comments.keySet());
		for (String q : touched) {
			Integer score = parsed.get(q);
			String comment = blankToNull(comments.get(q));
			jdbc.sql("delete from place_answer where respondent_id = ? and question_key = ?").params(respondentId, q)
				.update();
			if (score != null || comment != null) {
				jdbc.sql("""
						insert into place_answer (respondent_id, question_key, score, comment, updated_at)
						values (?, ?, ?, ?, ?)""").params(respondentId, q, score, comment, now).update();
			}
		}
		if (complete) {
			jdbc.sql("update place_respondent set completed_at = ? where id = ?").params(now, respondentId).update();
		}
	}

	/** The summary by dimension and the ranked actions. */
	public AssessmentReport report(long id) {
		Assessment a = get(id);
		List<String> group = indicators.comparisonGroup(a.municipalityCode(),
				ComparisonGroup.Basis.valueOf(a.comparisonBasis()), Set.copyOf(a.chosenCodes()));
		List<String> dims = framework.dimensions().stream().map(Framework.Dimension::key).toList();
		// The survey reference: the mean of similar municipalities' latest assessments, when enough exist.
		Map<String, List<Double>> groupScores = new HashMap<>();
		int assessedInGroup = 0;
		for (String code : group) {
			Optional<Long> latest = jdbc.sql("""
					select id from place_assessment where municipality_code = ? and id <> ?
					order by created_at desc, id desc limit 1""").params(code, id).query(Long.class).optional();
			if (latest.isPresent()) {
				List<Answer> answers = answers(latest.get());
				if (!answers.isEmpty()) {
					assessedInGroup++;
					Scoring.score(dims, answers, Map.of(), targets(), framework.surveyWeight(), 0).forEach(
							(k, v) -> {
								if (v.survey() != null) {
									groupScores.computeIfAbsent(k, x -> new ArrayList<>()).add(v.survey());
								}
							});
				}
			}
		}
		boolean fromGroup = assessedInGroup >= indicators.settings().minComparisonAssessments();
		Map<String, Double> references = new HashMap<>(targets());
		if (fromGroup) {
			groupScores.forEach((k, v) -> references.put(k, v.stream().mapToDouble(Double::doubleValue).average()
				.orElse(references.get(k))));
		}
		Map<String, List<Scoring.IndicatorInput>> inputs = new HashMap<>();
		for (Framework.Dimension d : framework.dimensions()) {
			for (Framework.IndicatorUse use : d.indicators()) {
				indicators.input(use, a.municipalityCode(), group)
					.ifPresent(in -> inputs.computeIfAbsent(d.key(), x -> new ArrayList<>()).add(in));
			}
		}
		Map<String, DimensionScore> scores = Scoring.score(dims, answers(id), inputs, references,
				framework.surveyWeight(), framework.indicatorWeight());
		List<ActionDefinition> actions = framework.actions().stream()
			.map(ac -> new ActionDefinition(ac.key(), ac.dimensions(), ActionDefinition.Actor.valueOf(ac.actor()),
					ActionDefinition.Cost.valueOf(ac.cost()), ActionDefinition.Time.valueOf(ac.time()), ac.effect()))
			.toList();
		return new AssessmentReport(a, group, assessedInGroup, fromGroup, scores, engine.rank(scores, actions),
				plan(id), previous(a, dims, inputs, references));
	}

	/**
	 * The same municipality's latest assessment created before this one that has answers, scored with the same
	 * references and indicators, so that the change reflects the answers.
	 */
	private Optional<AssessmentReport.Previous> previous(Assessment a, List<String> dims,
			Map<String, List<Scoring.IndicatorInput>> inputs, Map<String, Double> references) {
		List<Long> earlier = jdbc.sql("""
				select id from place_assessment where municipality_code = ? and id <> ?
				  and (created_at < ? or (created_at = ? and id < ?))
				order by created_at desc, id desc""")
			.params(a.municipalityCode(), a.id(), java.sql.Timestamp.from(a.createdAt()),
					java.sql.Timestamp.from(a.createdAt()), a.id())
			.query(Long.class).list();
		for (long id : earlier) {
			List<Answer> answers = answers(id);
			if (!answers.isEmpty()) {
				Map<String, Double> combined = new HashMap<>();
				Scoring.score(dims, answers, inputs, references, framework.surveyWeight(), framework.indicatorWeight())
					.forEach((k, v) -> {
						if (v.survey() != null) {
							combined.put(k, v.combined());
						}
					});
				return Optional.of(new AssessmentReport.Previous(id, get(id).title(), combined));
			}
		}
		return Optional.empty();
	}

	@Transactional
	public void addPlanItem(long assessmentId, String actionKey, String owner, @Nullable LocalDate start,
			@Nullable LocalDate end) {
		get(assessmentId);
		List<FieldError> errors = new ArrayList<>();
		if (framework.action(actionKey).isEmpty()) {
			errors.add(FieldError.of("actionKey", "validation.unknown", actionKey));
		}
		if (owner == null || owner.isBlank() || owner.length() > 200) {
			errors.add(FieldError.of("owner", "validation.size", 1, 200));
		}
		if (start != null && end != null && end.isBefore(start)) {
			errors.add(FieldError.of("end", "places.error.endBeforeStart"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		jdbc.sql("insert into place_plan_item (assessment_id, action_key, owner, start_date, end_date) values (?, ?, ?, ?, ?)")
			.params(assessmentId, actionKey, owner.trim(), start == null ? null : Date.valueOf(start),
					end == null ? null : Date.valueOf(end))
			.update();
	}

	private List<AssessmentReport.PlanItem> plan(long id) {
		return jdbc.sql("""
				select id, action_key, owner, start_date, end_date, status from place_plan_item
				where assessment_id = ? order by start_date, id""").param(id)
			.query((rs, n) -> new AssessmentReport.PlanItem(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
					rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6)))
			.list();
	}

	List<Answer> answers(long assessmentId) {
		Map<String, String> dimensionOf = new HashMap<>();
		framework.dimensions().forEach(d -> d.questions().forEach(q -> dimensionOf.put(q.key(), d.key())));
		return jdbc.sql("""
				select a.question_key, r.side, a.score from place_answer a
				join place_respondent r on r.id = a.respondent_id
				where r.assessment_id = ? and a.score is not null""").param(assessmentId)
			.query((rs, n) -> {
				String dim = dimensionOf.get(rs.getString(1));
				return dim == null ? null
						: new Answer(dim, rs.getString(1), Respondent.valueOf(rs.getString(2)), rs.getInt(3));
			})
			.list().stream().filter(java.util.Objects::nonNull).toList();
	}

	private Map<String, Double> targets() {
		Map<String, Double> t = new HashMap<>();
		framework.dimensions().forEach(d -> t.put(d.key(), d.target()));
		return t;
	}

	private static @Nullable Respondent parseSide(@Nullable String side) {
		if (side == null) {
			return null;
		}
		try {
			return Respondent.valueOf(side.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
