package se.kompetensnav.planning;

import java.util.List;

/**
 * The direct jobs an employer's recorded critical functions imply, year by year ({@link NeedsRampUp}).
 *
 * @param functionsCounted functions whose headcounts are summed
 * @param functionsLeftOut functions left out (replacing retirees, unless asked for)
 */
public record EmployerRampUp(long organisationId, String organisationName, String municipalityCode,
		String municipalityName, List<JobsYear> rampUp, int functionsCounted, int functionsLeftOut) {

	/** The largest number of direct jobs in any year. */
	public double peakJobs() {
		return rampUp.stream().mapToDouble(JobsYear::direct).max().orElse(0);
	}
}
