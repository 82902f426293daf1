package se.kompetensnav.effects.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.kompetensnav.effects.model.ActivityKind;
import se.kompetensnav.effects.model.LedgerInput;
import se.kompetensnav.effects.model.Situation;

class PeopleOutcomeMappingTests {

	@Test
	void situationAtEntryFollowsIncomeThenStatus() {
		assertThat(PeopleOutcomeMapping.atEntry("UNEMPLOYED", "FORSORJNINGSSTOD")).isEqualTo(Situation.JOB_SEEKING);
		assertThat(PeopleOutcomeMapping.atEntry("INACTIVE", "SJUKPENNING")).isEqualTo(Situation.SICK_LISTED);
		assertThat(PeopleOutcomeMapping.atEntry("INACTIVE", "AKTIVITETSERSATTNING"))
			.isEqualTo(Situation.ACTIVITY_COMPENSATION);
		assertThat(PeopleOutcomeMapping.atEntry("INACTIVE", null)).isEqualTo(Situation.OUTSIDE);
		assertThat(PeopleOutcomeMapping.atEntry("EMPLOYED", "SALARY")).isEqualTo(Situation.WORK);
	}

	@Test
	void aQualificationOrAnUnknownOutcomeCountsNoChange() {
		assertThat(PeopleOutcomeMapping.after("QUALIFICATION_GAINED", Situation.OUTSIDE)).isEqualTo(Situation.OUTSIDE);
		assertThat(PeopleOutcomeMapping.after(null, Situation.JOB_SEEKING)).isEqualTo(Situation.JOB_SEEKING);
		assertThat(PeopleOutcomeMapping.after("EMPLOYED", Situation.OUTSIDE)).isEqualTo(Situation.WORK);
		assertThat(PeopleOutcomeMapping.after("IN_EDUCATION", Situation.JOB_SEEKING)).isEqualTo(Situation.STUDIES);
	}

	@Test
	void followUpsAreDatedFromTheExit() {
		LocalDate entry = LocalDate.of(2024, 3, 1);
		LocalDate exit = LocalDate.of(2024, 9, 1);
		LedgerInput in = PeopleOutcomeMapping.ledger("ps-1", 27, entry, exit, "UNEMPLOYED", null, "JOB_SEARCHING",
				"EMPLOYED", "EMPLOYED", Map.of(ActivityKind.CONSULTANT, 30.0));
		assertThat(in.atEntry()).isEqualTo(Situation.JOB_SEEKING);
		assertThat(in.followUps()).containsExactly(new LedgerInput.FollowUp(exit, Situation.JOB_SEEKING),
				new LedgerInput.FollowUp(exit.plusDays(28), Situation.WORK),
				new LedgerInput.FollowUp(LocalDate.of(2025, 3, 1), Situation.WORK));
		assertThat(PeopleOutcomeMapping.ledger("ps-2", null, null, null, "UNEMPLOYED", null, null, null, null,
				Map.of())).isNull();
		assertThat(PeopleOutcomeMapping.activity("GUIDANCE")).isEqualTo(ActivityKind.CONSULTANT);
		assertThat(PeopleOutcomeMapping.activity("HEALTH")).isNull();
	}
}
