package se.kompetensnav.people.esf;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetensnav.people.Answer.DECLINED;
import static se.kompetensnav.people.Answer.YES;
import static se.kompetensnav.people.Gender.MAN;
import static se.kompetensnav.people.Gender.NON_BINARY;
import static se.kompetensnav.people.Gender.WOMAN;
import static se.kompetensnav.people.LabourMarketStatus.EMPLOYED;
import static se.kompetensnav.people.LabourMarketStatus.INACTIVE;
import static se.kompetensnav.people.LabourMarketStatus.UNEMPLOYED;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.Improvement;
import se.kompetensnav.people.IscedBand;
import se.kompetensnav.people.LongTermUnemploymentRule;

/**
 * Each indicator against a fixture computed by hand. Period 2025. Seven participants:
 * <pre>
 * A woman      born 2008-06-01 entry 2025-03-01 (16) unemployed since 2024-08-01 (7 mo, under 25: LTU) ISCED 0-2
 *              disability YES, foreign background DECLINED; left 2025-09-01 in education
 * B man        born 1990-01-15 entry 2025-02-01 (35) unemployed since 2024-06-01 (8 mo, 25+: not LTU) ISCED 3-4
 *              disability DECLINED, third-country YES, foreign background YES; left 2025-06-30 employed; 6 mo employed
 * C non-binary born 1968-04-01 entry 2025-04-01 (57) employed, ISCED 5-8, minority YES, homeless DECLINED, rural;
 *              left 2025-10-01 qualification; 6 mo employed and promoted
 * D woman      born 2000-05-05 entry 2025-05-05 (25) unemployed since 2024-04-01 (13 mo: LTU) ISCED 3-4, homeless YES
 * E man        entry 2024-11-01 (before the period) inactive; left 2025-02-01 job searching
 * F woman      entry 2026-01-10 (after the period)
 * G non-binary born 2007-12-31 entry 2025-12-31 (18, last day) inactive, no education recorded, everything DECLINED
 * </pre>
 */
class EsfIndicatorsTests {

	static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	static final LocalDate TO = LocalDate.of(2025, 12, 31);

	static EsfParticipant p(se.kompetensnav.people.Gender g, String born, String entry, String exit,
			se.kompetensnav.people.LabourMarketStatus status, String unemployedSince, IscedBand isced,
			se.kompetensnav.people.Answer disability, se.kompetensnav.people.Answer thirdCountry,
			se.kompetensnav.people.Answer foreign, se.kompetensnav.people.Answer minority,
			se.kompetensnav.people.Answer homeless, boolean rural, ExitSituation onLeaving, ExitSituation sixMonths,
			Improvement improvement) {
		return new EsfParticipant(g, LocalDate.parse(born), d(entry), d(exit), status, d(unemployedSince), isced,
				disability, thirdCountry, foreign, minority, homeless, rural, onLeaving, sixMonths, improvement);
	}

	static LocalDate d(String s) {
		return s == null ? null : LocalDate.parse(s);
	}

	static final List<EsfParticipant> FIXTURE = List.of(
			p(WOMAN, "2008-06-01", "2025-03-01", "2025-09-01", UNEMPLOYED, "2024-08-01", IscedBand.ISCED_0_2, YES, null,
					DECLINED, null, null, false, ExitSituation.IN_EDUCATION, null, null),
			p(MAN, "1990-01-15", "2025-02-01", "2025-06-30", UNEMPLOYED, "2024-06-01", IscedBand.ISCED_3_4, DECLINED,
					YES, YES, null, null, false, ExitSituation.EMPLOYED, ExitSituation.EMPLOYED,
					Improvement.PRECARIOUS_TO_STABLE),
			p(NON_BINARY, "1968-04-01", "2025-04-01", "2025-10-01", EMPLOYED, null, IscedBand.ISCED_5_8, null, null,
					null, YES, DECLINED, true, ExitSituation.QUALIFICATION_GAINED, ExitSituation.EMPLOYED,
					Improvement.PROMOTED),
			p(WOMAN, "2000-05-05", "2025-05-05", null, UNEMPLOYED, "2024-04-01", IscedBand.ISCED_3_4, null, null, null,
					null, YES, false, null, null, null),
			p(MAN, "1995-01-01", "2024-11-01", "2025-02-01", INACTIVE, null, IscedBand.ISCED_3_4, null, null, null, null,
					null, false, ExitSituation.JOB_SEARCHING, null, null),
			p(WOMAN, "1980-01-01", "2026-01-10", null, UNEMPLOYED, "2020-01-01", IscedBand.ISCED_3_4, YES, YES, YES,
					YES, YES, true, null, null, null),
			p(NON_BINARY, "2007-12-31", "2025-12-31", null, INACTIVE, null, null, DECLINED, DECLINED, DECLINED,
					DECLINED, DECLINED, false, null, null, null));

	static final EsfReport REPORT = new EsfReport("test", FROM, TO,
			EsfIndicators.compute(FIXTURE, FROM, TO, LongTermUnemploymentRule.ESF_PLUS));

	@ParameterizedTest(name = "{0}: women {1}, men {2}, non-binary {3}, total {4}")
	@CsvSource({
			"EECO01, 2, 1, 2, 5", // A D | B | C G entered during the period
			"EECO02, 2, 1, 0, 3", // unemployed: A D | B
			"EECO03, 2, 0, 0, 2", // long-term: A (16, 7 months) D (25, 13 months); B (35, 8 months) is not
			"EECO04, 0, 0, 1, 1", // inactive: G (E entered before the period)
			"EECO05, 0, 0, 1, 1", // employed: C
			"EECO06, 1, 0, 0, 1", // below 18: A
			"EECO07, 1, 0, 1, 2", // 18-29: D (25) G (18)
			"EECO08, 0, 0, 1, 1", // 55 and above: C (57)
			"EECO09, 1, 0, 0, 1", // ISCED 0-2: A
			"EECO10, 1, 1, 0, 2", // ISCED 3-4: D B
			"EECO11, 0, 0, 1, 1", // ISCED 5-8: C; G has none recorded
			"EECO12, 1, 0, 0, 1", // disability YES: A; B declined
			"EECO13, 0, 1, 0, 1", // third-country: B
			"EECO14, 0, 1, 0, 1", // foreign background: B; A declined
			"EECO15, 0, 0, 1, 1", // minority: C; G declined
			"EECO16, 1, 0, 0, 1", // homeless: D; C declined
			"EECO17, 0, 0, 1, 1", // rural: C
			"EECO18, 0, 0, 0, 0", // entities, not participants
			"EECO19, 0, 0, 0, 0",
			"EECR01, 0, 1, 0, 1", // left during the period job searching: E
			"EECR02, 1, 0, 0, 1", // in education: A
			"EECR03, 0, 0, 1, 1", // qualification: C
			"EECR04, 0, 1, 0, 1", // employed on leaving: B
			"EECR05, 0, 1, 1, 2", // employed after six months: B C
			"EECR06, 0, 0, 1, 1", // improved: C (employed at entry, promoted); B was unemployed at entry
	})
	void indicator(String code, int women, int men, int nonBinary, int total) {
		assertThat(REPORT.indicator(code)).isEqualTo(new IndicatorRow(code, women, men, nonBinary, total));
	}

	@Test
	void reportsEveryCommonIndicatorInOrder() {
		assertThat(REPORT.indicators()).extracting(IndicatorRow::code).containsExactlyElementsOf(EsfIndicators.CODES);
	}

	@Test
	void theLongTermRuleIsConfigurable() {
		var rule = new LongTermUnemploymentRule(25, 6, 6);
		var report = new EsfReport("t", FROM, TO, EsfIndicators.compute(FIXTURE, FROM, TO, rule));
		assertThat(report.indicator("EECO03").total()).as("B's 8 months now count").isEqualTo(3);
	}
}
