package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PeopleRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Nested
	class AgeIsComputedAtEntry {

		@Test
		void aPersonIsTheAgeTheyHaveCompletedOnTheEntryDate() {
			LocalDate born = LocalDate.of(2000, 5, 10);
			assertThat(AgeAtEntry.of(born, LocalDate.of(2025, 5, 9))).isEqualTo(24);
			assertThat(AgeAtEntry.of(born, LocalDate.of(2025, 5, 10))).isEqualTo(25);
		}

		@Test
		void aLeapDayBirthdayIsCompletedOnTheFirstOfMarchInOtherYears() {
			assertThat(AgeAtEntry.of(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 2, 28))).isEqualTo(17);
			assertThat(AgeAtEntry.of(LocalDate.of(2008, 2, 29), LocalDate.of(2026, 3, 1))).isEqualTo(18);
		}
	}

	@Nested
	class LongTermUnemploymentDependsOnAge {

		final LongTermUnemploymentRule rule = LongTermUnemploymentRule.ESF_PLUS;

		final LocalDate entry = LocalDate.of(2025, 9, 1);

		@Test
		void under25MoreThanSixMonthsIsLongTerm() {
			assertThat(rule.isLongTermUnemployed(24, LocalDate.of(2025, 2, 28), entry)).isTrue();
			assertThat(rule.isLongTermUnemployed(24, LocalDate.of(2025, 3, 1), entry)).as("exactly six months")
				.isFalse();
		}

		@Test
		void from25MoreThanTwelveMonthsIsLongTerm() {
			assertThat(rule.isLongTermUnemployed(25, LocalDate.of(2025, 2, 28), entry)).as("seven months").isFalse();
			assertThat(rule.isLongTermUnemployed(25, LocalDate.of(2024, 8, 31), entry)).isTrue();
			assertThat(rule.isLongTermUnemployed(25, LocalDate.of(2024, 9, 1), entry)).as("exactly twelve months")
				.isFalse();
		}

		@Test
		void theAgeLimitAndMonthsAreConfigurable() {
			var stricter = new LongTermUnemploymentRule(30, 3, 6);
			assertThat(stricter.isLongTermUnemployed(27, LocalDate.of(2025, 5, 1), entry)).isTrue();
		}

		@Test
		void onlyTheUnemployedCanBeLongTermUnemployed() {
			LocalDate born = LocalDate.of(1980, 1, 1);
			assertThat(rule.isLongTermUnemployed(LabourMarketStatus.INACTIVE, born, LocalDate.of(2020, 1, 1), entry))
				.isFalse();
			assertThat(rule.isLongTermUnemployed(LabourMarketStatus.UNEMPLOYED, born, LocalDate.of(2020, 1, 1), entry))
				.isTrue();
			assertThat(rule.isLongTermUnemployed(LabourMarketStatus.UNEMPLOYED, born, null, entry)).isFalse();
		}
	}

	@Nested
	class CapacityAndWaitingList {

		@Test
		void anApplicantTakesAFreePlace() {
			assertThat(new Capacity(114, 113).placeFor()).isEqualTo(EnrolmentStatus.ENROLLED);
			assertThat(new Capacity(114, 113).free()).isEqualTo(1);
		}

		@Test
		void whenEveryPlaceIsTakenTheApplicantWaits() {
			assertThat(new Capacity(114, 114).placeFor()).isEqualTo(EnrolmentStatus.WAITING);
			assertThat(new Capacity(114, 114).free()).isZero();
			assertThat(new Capacity(0, 0).placeFor()).isEqualTo(EnrolmentStatus.WAITING);
		}
	}

	@Nested
	class FollowUpsAreDueFourWeeksAndSixMonthsAfterExit {

		@Test
		void dueDates() {
			LocalDate exit = LocalDate.of(2025, 8, 31);
			assertThat(FollowUpKind.WEEKS_4.dueAfter(exit)).isEqualTo(LocalDate.of(2025, 9, 28));
			assertThat(FollowUpKind.MONTHS_6.dueAfter(exit)).isEqualTo(LocalDate.of(2026, 2, 28));
		}
	}

	@Nested
	class ImprovedLabourMarketSituation {

		@Test
		void countsOnlyParticipantsEmployedAtEntryWhoseSituationImproved() {
			assertThat(ImprovedSituationRule.improved(LabourMarketStatus.EMPLOYED, Improvement.PROMOTED)).isTrue();
			assertThat(ImprovedSituationRule.improved(LabourMarketStatus.EMPLOYED, Improvement.NONE)).isFalse();
			assertThat(ImprovedSituationRule.improved(LabourMarketStatus.EMPLOYED, null)).isFalse();
			assertThat(ImprovedSituationRule.improved(LabourMarketStatus.UNEMPLOYED,
					Improvement.PRECARIOUS_TO_STABLE)).as("a job found from unemployment is EECR05, not EECR06")
				.isFalse();
		}
	}

	@Nested
	class PersonnummerIsValidatedByDateAndCheckDigit {

		@Test
		void acceptsTheUsualForms() {
			assertThat(Personnummer.parse("19121212-1212", TODAY)).get().extracting(Personnummer::digits)
				.isEqualTo("191212121212");
			assertThat(Personnummer.parse("811218-9876", TODAY)).get().extracting(Personnummer::digits)
				.isEqualTo("198112189876");
			assertThat(Personnummer.parse("198112189876", TODAY)).isPresent();
		}

		@Test
		void rejectsAWrongCheckDigitAnImpossibleDateOrAFutureBirth() {
			assertThat(Personnummer.parse("19121212-1213", TODAY)).isEmpty();
			assertThat(Personnummer.parse("19811318-9876", TODAY)).as("month 13").isEmpty();
			assertThat(Personnummer.parse("2099-01-01", TODAY)).isEmpty();
			assertThat(Personnummer.parse("abc", TODAY)).isEmpty();
		}

		@Test
		void aCoordinationNumberCarriesTheDayPlusSixty() {
			// 701063-2391: born 1970-10-03
			var p = Personnummer.parse("701063-2391", TODAY).orElseThrow();
			assertThat(p.birthDate()).isEqualTo(LocalDate.of(1970, 10, 3));
		}

		@Test
		void isShownMasked() {
			var p = Personnummer.parse("19121212-1212", TODAY).orElseThrow();
			assertThat(p.masked()).isEqualTo("19121212-****");
			assertThat(p.toString()).doesNotContain("1212-1212");
		}
	}

	@Nested
	class PersonalDataIsCulledFiveYearsAfterExit {

		final Retention retention = new Retention(5);

		@Test
		void dueTheDayAfterFiveFullYears() {
			LocalDate exit = LocalDate.of(2020, 6, 30);
			assertThat(retention.due(exit, LocalDate.of(2025, 6, 30))).isFalse();
			assertThat(retention.due(exit, LocalDate.of(2025, 7, 1))).isTrue();
		}

		@Test
		void participantsWhoHaveNotLeftAreNeverCulled() {
			assertThat(retention.due(null, LocalDate.of(2100, 1, 1))).isFalse();
		}
	}

	@Test
	void sunLevelsMapToIscedBands() {
		assertThat(SunLevel.PRE_UPPER_SECONDARY.isced()).isEqualTo(IscedBand.ISCED_0_2);
		assertThat(SunLevel.UPPER_SECONDARY.isced()).isEqualTo(IscedBand.ISCED_3_4);
		assertThat(SunLevel.POST_SECONDARY_SHORT.isced()).isEqualTo(IscedBand.ISCED_3_4);
		assertThat(SunLevel.DOCTORAL.isced()).isEqualTo(IscedBand.ISCED_5_8);
	}
}
