package se.kompetensnav.network;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A rapid-staffing cohort: planned from an employer's need (occupation, headcount, start date, place), with the
 * shortlist, the courses that close the shortlist's common gap and each party's answer.
 *
 * @param mustSkills the need's must-have skills
 * @param gapSkills the must-have skills some shortlisted person lacks: what the courses must teach
 * @param uncoverableSkills gap skills no reachable course with a free seat teaches
 */
public record Cohort(long id, String title, long organisationId, long employerUnitId, @Nullable Long functionId,
		String occupationId, String municipalityCode, int headcount, LocalDate startDate, List<String> mustSkills,
		List<String> gapSkills, List<String> uncoverableSkills, boolean demo, List<CohortPart> parts,
		List<CohortMember> members) {

	public Cohort {
		mustSkills = List.copyOf(mustSkills);
		gapSkills = List.copyOf(gapSkills);
		uncoverableSkills = List.copyOf(uncoverableSkills);
		parts = List.copyOf(parts);
		members = List.copyOf(members);
	}

	public List<CohortPart> courses() {
		return parts.stream().filter(p -> p.party() == Party.PROVIDER).toList();
	}

	/** The skills the chosen courses teach. */
	public Set<String> taughtSkills() {
		Set<String> taught = new LinkedHashSet<>();
		courses().forEach(c -> taught.addAll(c.skills()));
		return taught;
	}

	/** The day the last course ends, or null without courses. */
	public @Nullable LocalDate coursesEnd() {
		return courses().stream().map(CohortPart::courseEnd).filter(d -> d != null).max(LocalDate::compareTo)
			.orElse(null);
	}

	/** True when the courses end after the employer's start date. */
	public boolean late() {
		LocalDate end = coursesEnd();
		return end != null && end.isAfter(startDate);
	}

	public CohortStatus status() {
		if (!members.isEmpty() && members.stream().allMatch(m -> m.stage() == MemberStage.COMPLETED
				|| m.stage() == MemberStage.DROPPED) && members.stream().anyMatch(m -> m.stage().started())) {
			return CohortStatus.COMPLETED;
		}
		if (members.stream().anyMatch(m -> m.stage() == MemberStage.IN_COURSE)) {
			return CohortStatus.RUNNING;
		}
		if (parts.stream().anyMatch(p -> p.status() == PartStatus.REJECTED || p.status() == PartStatus.CHANGE_REQUESTED)) {
			return CohortStatus.NEEDS_CHANGE;
		}
		if (!parts.isEmpty() && parts.stream().allMatch(p -> p.status() == PartStatus.ACCEPTED)) {
			return CohortStatus.AGREED;
		}
		return CohortStatus.PROPOSED;
	}
}
