package se.kompetensnav.people.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.identity.AuditAction;
import se.kompetensnav.identity.AuditLog;
import se.kompetensnav.identity.CurrentUsers;
import se.kompetensnav.people.ActivityType;
import se.kompetensnav.people.AssessmentScale;
import se.kompetensnav.people.Assessor;
import se.kompetensnav.people.GoalStatus;
import se.kompetensnav.people.KeyCompetence;
import se.kompetensnav.people.internal.PlanItems.Activity;
import se.kompetensnav.people.internal.PlanItems.ActivityInput;
import se.kompetensnav.people.internal.PlanItems.Assessment;
import se.kompetensnav.people.internal.PlanItems.AssessmentInput;
import se.kompetensnav.people.internal.PlanItems.Contact;
import se.kompetensnav.people.internal.PlanItems.ContactInput;
import se.kompetensnav.people.internal.PlanItems.Goal;
import se.kompetensnav.people.internal.PlanItems.GoalInput;

/**
 * A participant's development plan: goals and sub-goals, activities, the contact log and the key-competence
 * assessments. Access and audit as for the participant ({@link ParticipantService#forUpdate}).
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class PlanService {

	static final String PLAN = "development plan";

	/** Everything of a plan, for the participant page and the API. */
	public record Plan(List<Goal> goals, List<Activity> activities, List<Contact> contacts,
			List<Assessment> assessments) {
	}

	private final ParticipantService participants;

	private final PlanRepository repo;

	private final AuditLog audit;

	private final CurrentUsers users;

	private final AssessmentDescriptors descriptors;

	PlanService(ParticipantService participants, PlanRepository repo, AuditLog audit, CurrentUsers users,
			AssessmentDescriptors descriptors) {
		this.descriptors = descriptors;
		this.participants = participants;
		this.repo = repo;
		this.audit = audit;
		this.users = users;
	}

	public Plan plan(long participantId) {
		participants.read(participantId, PLAN);
		return new Plan(repo.goals(participantId), repo.activities(participantId), repo.contacts(participantId),
				repo.assessments(participantId));
	}

	/** Plan without a second audit row: the caller has just read (and audited) the participant. */
	Plan planOf(Participant p) {
		return new Plan(repo.goals(p.id()), repo.activities(p.id()), repo.contacts(p.id()), repo.assessments(p.id()));
	}

	public Plan planFor(long participantId) {
		return plan(participantId);
	}

	public long addGoal(long participantId, GoalInput input) {
		Participant p = participants.forUpdate(participantId);
		Inputs in = new Inputs();
		String title = in.required("title", input.title(), 300);
		LocalDate starts = in.date("startsOn", input.startsOn(), false);
		LocalDate target = in.date("targetDate", input.targetDate(), false);
		GoalStatus status = in.choice("status", input.status(), GoalStatus.class, false);
		if (starts != null && target != null && target.isBefore(starts)) {
			in.error("targetDate", "people.error.endBeforeStart");
		}
		List<KeyCompetence> kcs = new ArrayList<>();
		for (String k : list(input.keyCompetences())) {
			KeyCompetence.byConceptId(k).or(() -> byName(k)).ifPresentOrElse(kcs::add,
					() -> in.error("keyCompetences", "people.error.choice", k));
		}
		List<String> occupations = list(input.occupations());
		for (String o : occupations) {
			if (!o.matches("[A-Za-z0-9_\\-]{1,40}")) {
				in.error("occupations", "people.error.concept", o);
			}
		}
		if (input.parentId() != null && repo.goals(participantId).stream().noneMatch(g -> g.id() == input.parentId())) {
			in.error("parentId", "people.error.choice", input.parentId());
		}
		in.throwIfAny();
		long id = repo.insertGoal(participantId, input.parentId(), title, starts, target,
				status == null ? GoalStatus.PLANNED : status, kcs, occupations);
		audit.record(AuditAction.UPDATE, ParticipantService.SUBJECT, participantId, p.pseudonym(), PLAN, "goal " + id);
		return id;
	}

	public void setGoalStatus(long participantId, long goalId, @Nullable String status) {
		Participant p = participants.forUpdate(participantId);
		Inputs in = new Inputs();
		GoalStatus s = in.choice("status", status, GoalStatus.class, true);
		in.throwIfAny();
		if (repo.goals(participantId).stream().noneMatch(g -> g.id() == goalId)) {
			throw new NotFoundException("goal", goalId);
		}
		repo.updateGoalStatus(goalId, s);
		audit.record(AuditAction.UPDATE, ParticipantService.SUBJECT, participantId, p.pseudonym(), PLAN,
				"goal " + goalId + " " + s);
	}

	public long addActivity(long participantId, ActivityInput input) {
		Participant p = participants.forUpdate(participantId);
		Inputs in = new Inputs();
		ActivityType type = in.choice("type", input.type(), ActivityType.class, true);
		String title = in.required("title", input.title(), 300);
		LocalDate starts = in.date("startsOn", input.startsOn(), true);
		LocalDate ends = in.date("endsOn", input.endsOn(), false);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			in.error("endsOn", "people.error.endBeforeStart");
		}
		BigDecimal hours = null;
		if (!Inputs.blank(input.hours())) {
			try {
				hours = new BigDecimal(input.hours().trim().replace(',', '.'));
				if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(10000)) > 0) {
					in.error("hours", "people.error.range", 0, 10000);
				}
			}
			catch (NumberFormatException e) {
				in.error("hours", "people.error.range", 0, 10000);
			}
		}
		if (input.goalId() != null && repo.goals(participantId).stream().noneMatch(g -> g.id() == input.goalId())) {
			in.error("goalId", "people.error.choice", input.goalId());
		}
		String place = in.optional("place", input.place(), 200);
		String outcome = in.optional("outcome", input.outcome(), 1000);
		in.throwIfAny();
		long id = repo.insertActivity(participantId, input.goalId(), type, title, starts, ends, hours, place, outcome);
		audit.record(AuditAction.UPDATE, ParticipantService.SUBJECT, participantId, p.pseudonym(), PLAN,
				"activity " + id);
		return id;
	}

	public long addContact(long participantId, ContactInput input) {
		Participant p = participants.forUpdate(participantId);
		Inputs in = new Inputs();
		LocalDate date = in.date("date", input.date(), true);
		String channel = in.required("channel", input.channel(), 20);
		String summary = in.required("summary", input.summary(), 2000);
		String next = in.optional("nextSteps", input.nextSteps(), 1000);
		in.throwIfAny();
		long id = repo.insertContact(participantId, date, channel, summary, next, users.require().username());
		audit.record(AuditAction.UPDATE, ParticipantService.SUBJECT, participantId, p.pseudonym(), PLAN,
				"contact " + id);
		return id;
	}

	/** Records an assessment; every one of the eight key competences needs a score on the scale. */
	public long addAssessment(long participantId, AssessmentInput input) {
		Participant p = participants.forUpdate(participantId);
		Inputs in = new Inputs();
		LocalDate on = in.date("assessedOn", input.assessedOn(), true);
		Assessor assessor = in.choice("assessor", input.assessor(), Assessor.class, true);
		Map<KeyCompetence, Integer> scores = new EnumMap<>(KeyCompetence.class);
		Map<String, String> given = input.scores() == null ? Map.of() : input.scores();
		for (var e : given.entrySet()) {
			KeyCompetence kc = KeyCompetence.byConceptId(e.getKey()).or(() -> byName(e.getKey())).orElse(null);
			if (kc == null) {
				in.error("scores", "people.error.choice", e.getKey());
				continue;
			}
			Integer score = in.integer("scores[" + kc.conceptId() + "]", e.getValue(), AssessmentScale.MIN,
					AssessmentScale.MAX, true);
			if (score != null) {
				scores.put(kc, score);
			}
		}
		for (KeyCompetence kc : KeyCompetence.values()) {
			if (!given.containsKey(kc.conceptId()) && !given.containsKey(kc.name())) {
				in.error("scores[" + kc.conceptId() + "]", "people.error.required");
			}
		}
		Map<String, Integer> descriptorScores = new java.util.TreeMap<>();
		Map<String, String> givenDescriptors = input.descriptors() == null ? Map.of() : input.descriptors();
		for (var e : givenDescriptors.entrySet()) {
			String key = e.getKey() == null ? "" : e.getKey().trim();
			if (descriptors.find(key).isEmpty()) {
				in.error("descriptors", "people.error.descriptor", key);
				continue;
			}
			// blank = this descriptor was not assessed this time
			Integer score = in.integer("descriptors[" + key + "]", e.getValue(), AssessmentScale.MIN,
					AssessmentScale.MAX, false);
			if (score != null) {
				descriptorScores.put(key, score);
			}
		}
		in.throwIfAny();
		long id = repo.insertAssessment(participantId, on, assessor, users.require().username(), scores,
				descriptorScores);
		audit.record(AuditAction.UPDATE, ParticipantService.SUBJECT, participantId, p.pseudonym(), PLAN,
				"assessment " + id);
		return id;
	}

	/**
	 * Distance travelled per cohort (participants by quarter of entry): the mean of the consultant's first and
	 * latest assessment of each participant with at least two, averaged over the cohort. Only the given
	 * participants (those the user may see) count.
	 */
	public List<CohortProgress> cohorts(List<Participant> participants) {
		Map<Long, List<Double>> means = repo.meanScores(participants.stream().map(Participant::id).toList(),
				Assessor.CONSULTANT);
		Map<String, double[]> byCohort = new java.util.TreeMap<>();
		for (Participant p : participants) {
			List<Double> m = means.get(p.id());
			if (p.entryDate() == null || m == null || m.size() < 2) {
				continue;
			}
			String cohort = p.entryDate().getYear() + " Q" + ((p.entryDate().getMonthValue() - 1) / 3 + 1);
			double[] acc = byCohort.computeIfAbsent(cohort, k -> new double[3]);
			acc[0] += m.getFirst();
			acc[1] += m.getLast();
			acc[2]++;
		}
		List<CohortProgress> out = new ArrayList<>();
		byCohort.forEach((cohort, acc) -> out.add(new CohortProgress(cohort, (int) acc[2],
				Math.round(acc[0] / acc[2] * 10) / 10.0, Math.round(acc[1] / acc[2] * 10) / 10.0)));
		return out;
	}

	/** A cohort's mean key-competence score at the first and the latest assessment. */
	public record CohortProgress(String cohort, int participants, double first, double latest) {
	}

	/** This week's activities of the given participants (the caseload page). */
	public List<Activity> activitiesBetween(List<Participant> caseload, LocalDate from, LocalDate to) {
		return repo.activitiesBetween(caseload.stream().map(Participant::id).toList(), from, to);
	}

	private static java.util.Optional<KeyCompetence> byName(String s) {
		try {
			return java.util.Optional.of(KeyCompetence.valueOf(s.trim()));
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

	private static List<String> list(@Nullable List<String> l) {
		return l == null ? List.of() : l.stream().filter(x -> x != null && !x.isBlank()).map(String::trim).toList();
	}
}
