package se.kompetensnav.education.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.kompetensnav.education.Course;
import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.Importance;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.employers.SkillRequirement;

/**
 * Which open opportunities and employers' competence needs a course serves: those in an occupation the course aims
 * at, or whose must-have skills the course teaches at least one of. Ranked by how many must-haves it covers.
 */
@Component
class CourseDemand {

	/** An opportunity or need the course serves, with the must-have skills it teaches. */
	record Served(String title, String employer, String municipalityCode, int people, boolean sameOccupation,
			int mustCovered, int mustTotal) {
	}

	private final Opportunities opportunities;

	private final CompetenceNeeds needs;

	CourseDemand(Opportunities opportunities, CompetenceNeeds needs) {
		this.opportunities = opportunities;
		this.needs = needs;
	}

	List<Served> opportunities(Course course) {
		Set<String> taught = new HashSet<>(course.skillIds());
		return opportunities.allOpen().stream()
			.map(o -> served(o.title(), o.employerName(), o.municipalityCode(), o.positions(), o.occupationId(),
					o.skills(), course, taught))
			.filter(s -> s.sameOccupation() || s.mustCovered() > 0)
			.sorted(ORDER).limit(20).toList();
	}

	List<Served> needs(Course course) {
		Set<String> taught = new HashSet<>(course.skillIds());
		return needs.all().stream()
			.map(f -> served(f.title(), "", "", Math.max(f.headcountNow(), f.headcount1y()), f.occupationId(),
					f.skills(), course, taught))
			.filter(s -> s.sameOccupation() || s.mustCovered() > 0)
			.sorted(ORDER).limit(20).toList();
	}

	private static final java.util.Comparator<Served> ORDER = java.util.Comparator
		.comparing(Served::sameOccupation).reversed()
		.thenComparing(java.util.Comparator.comparingInt(Served::mustCovered).reversed())
		.thenComparing(Served::title);

	private static Served served(String title, String employer, String municipality, int people, String occupation,
			List<SkillRequirement> skills, Course course, Set<String> taught) {
		List<SkillRequirement> must = skills.stream().filter(s -> s.importance() == Importance.MUST).toList();
		int covered = (int) must.stream().filter(s -> taught.contains(s.skillId())).count();
		return new Served(title, employer, municipality, people, course.occupationIds().contains(occupation), covered,
				must.size());
	}

}
