package se.kompetensnav.planning;

import java.util.ArrayList;
import java.util.List;

import se.kompetensnav.employers.CriticalFunction;
import se.kompetensnav.employers.NeedReason;

/**
 * Direct jobs per year from an employer's recorded critical functions (plain Java). The headcount a function needs
 * at a horizon (now, 1, 3, 5 years) is read as the direct operating jobs of that year: year {@code start + h} gets
 * the sum over the functions; years 2 and 4 lie halfway between their neighbours (linear). Functions needed to
 * replace retirees are left out unless asked for: they fill existing jobs and create no new ones. No construction
 * jobs.
 */
public final class NeedsRampUp {

	/** The years after the start that the ramp-up covers. */
	public static final int YEARS = 6;

	private NeedsRampUp() {
	}

	/** Whether a function counts towards new jobs. */
	public static boolean counts(CriticalFunction f, boolean includeReplacement) {
		return includeReplacement || f.reason() != NeedReason.RETIREMENT;
	}

	/** Six years from {@code startYear}: now, 1, (1+3)/2, 3, (3+5)/2, 5 years. */
	public static List<JobsYear> rampUp(List<CriticalFunction> functions, int startYear, boolean includeReplacement) {
		double[] at = new double[4];
		int[] horizons = { 0, 1, 3, 5 };
		for (CriticalFunction f : functions) {
			if (counts(f, includeReplacement)) {
				for (int i = 0; i < 4; i++) {
					at[i] += f.headcountAt(horizons[i]);
				}
			}
		}
		double[] jobs = { at[0], at[1], (at[1] + at[2]) / 2, at[2], (at[2] + at[3]) / 2, at[3] };
		List<JobsYear> out = new ArrayList<>(YEARS);
		for (int i = 0; i < YEARS; i++) {
			out.add(new JobsYear(startYear + i, 0, jobs[i]));
		}
		return out;
	}
}
