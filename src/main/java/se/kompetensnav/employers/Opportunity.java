package se.kompetensnav.employers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A vacancy, internship, apprenticeship or summer job.
 *
 * @param organisationId the registered employer, or null for an imported ad whose employer is not registered
 * @param employerOrgNumber NNNNNN-NNNN, when known
 * @param occupationId JobTech occupation-name id
 * @param municipalityCode kommunkod of the workplace
 * @param drivingLicences JobTech driving-licence concept ids required
 * @param languages JobTech language concept ids required
 * @param partTime adaptation offered: part time possible
 * @param supportedEmployment adaptation offered: supported employment (e.g. lönebidrag, supported employment
 *     methods)
 * @param supervisor adaptation offered: a named supervisor (handledare)
 * @param skills must and nice skills; level 0 means "not stated" (imported ads)
 * @param source MANUAL or JOBTECH
 * @param externalId the JobTech ad id for imported ads
 */
public record Opportunity(long id, @Nullable Long organisationId, String employerName,
		@Nullable String employerOrgNumber, OpportunityKind kind,
		String title, @Nullable String description, String occupationId, String municipalityCode,
		@Nullable LocalDate startDate, int positions, List<String> drivingLicences, List<String> languages,
		boolean partTime, boolean supportedEmployment, boolean supervisor, boolean open, String source,
		@Nullable String externalId, @Nullable LocalDate applicationDeadline, @Nullable LocalDateTime publishedAt,
		List<SkillRequirement> skills, boolean demo) {

	public Opportunity {
		drivingLicences = List.copyOf(drivingLicences);
		languages = List.copyOf(languages);
		skills = List.copyOf(skills);
	}

	public List<SkillRequirement> must() {
		return skills.stream().filter(s -> s.importance() == Importance.MUST).toList();
	}

	public List<SkillRequirement> nice() {
		return skills.stream().filter(s -> s.importance() == Importance.NICE).toList();
	}
}
