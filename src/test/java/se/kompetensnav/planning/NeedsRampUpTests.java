package se.kompetensnav.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.kompetensnav.employers.CriticalFunction;
import se.kompetensnav.employers.NeedReason;

class NeedsRampUpTests {

	static CriticalFunction function(NeedReason reason, int now, int y1, int y3, int y5) {
		return new CriticalFunction(1, 7, "f", "occ", reason, now, y1, y3, y5, null, List.of(), false);
	}

	@Test
	void headcountsAtTheHorizonsAreTheDirectJobsOfTheirYearsAndYearsTwoAndFourLieHalfway() {
		List<JobsYear> ramp = NeedsRampUp.rampUp(List.of(function(NeedReason.EXPANSION, 2, 4, 10, 20),
				function(NeedReason.GREEN_TRANSITION, 1, 1, 5, 5)), 2027, false);
		// now 3, 1 y 5, 3 y 15, 5 y 25; year 2 = (5 + 15) / 2 = 10; year 4 = (15 + 25) / 2 = 20.
		assertThat(ramp).extracting(JobsYear::year).containsExactly(2027, 2028, 2029, 2030, 2031, 2032);
		assertThat(ramp).extracting(JobsYear::operation).containsExactly(3.0, 5.0, 10.0, 15.0, 20.0, 25.0);
		assertThat(ramp).extracting(JobsYear::construction).containsOnly(0.0);
	}

	@Test
	void replacingRetireesCreatesNoNewJobsUnlessAskedFor() {
		List<CriticalFunction> fs = List.of(function(NeedReason.EXPANSION, 1, 1, 1, 1),
				function(NeedReason.RETIREMENT, 4, 4, 4, 4));
		assertThat(NeedsRampUp.rampUp(fs, 2030, false)).extracting(JobsYear::operation).containsOnly(1.0);
		assertThat(NeedsRampUp.rampUp(fs, 2030, true)).extracting(JobsYear::operation).containsOnly(5.0);
	}

	@Test
	void noFunctionsGiveSixYearsWithoutJobs() {
		assertThat(NeedsRampUp.rampUp(List.of(), 2030, false)).hasSize(6).extracting(JobsYear::direct)
			.containsOnly(0.0);
	}
}
