package se.kompetensnav.effects.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.effects.model.ActivityKind;
import se.kompetensnav.effects.model.LedgerInput;
import se.kompetensnav.effects.model.Situation;

/**
 * From the people module's pseudonymised participation records to ledger inputs. Works on the names of the people
 * module's enums (labour-market status and income at entry, the ESF+ situations on leaving and at follow-up), so the
 * adapter that reads the records stays a few lines: see docs/effects.md, "Wiring the people module".
 */
public final class PeopleOutcomeMapping {

	/** Age used when the record has none (the typical age of the programmes' participants). */
	static final int DEFAULT_AGE = 30;

	private PeopleOutcomeMapping() {
	}

	/** Status UNEMPLOYED/INACTIVE/EMPLOYED and income FORSORJNINGSSTOD/SJUKPENNING/AKTIVITETSERSATTNING/... */
	public static Situation atEntry(String status, @Nullable String incomeAtEntry) {
		if ("SJUKPENNING".equals(incomeAtEntry)) {
			return Situation.SICK_LISTED;
		}
		if ("AKTIVITETSERSATTNING".equals(incomeAtEntry)) {
			return Situation.ACTIVITY_COMPENSATION;
		}
		return switch (status) {
			case "EMPLOYED" -> Situation.WORK;
			case "INACTIVE" -> Situation.OUTSIDE;
			default -> Situation.JOB_SEEKING;
		};
	}

	/**
	 * EMPLOYED / IN_EDUCATION / JOB_SEARCHING become work, studies, job seeking; anything else (a qualification
	 * gained, other, nothing recorded) keeps the situation at entry, so no change is counted.
	 */
	public static Situation after(@Nullable String exitSituation, Situation atEntry) {
		if (exitSituation == null) {
			return atEntry;
		}
		return switch (exitSituation) {
			case "EMPLOYED" -> Situation.WORK;
			case "IN_EDUCATION" -> Situation.STUDIES;
			case "JOB_SEARCHING" -> atEntry == Situation.OUTSIDE ? Situation.OUTSIDE : Situation.JOB_SEEKING;
			default -> atEntry;
		};
	}

	/** Activity kinds of the people module: guidance is consultant time, the rest internship or course weeks. */
	public static @Nullable ActivityKind activity(String activityType) {
		return switch (activityType) {
			case "GUIDANCE" -> ActivityKind.CONSULTANT;
			case "INTERNSHIP" -> ActivityKind.INTERNSHIP;
			case "COURSE", "STUDIES", "VALIDATION" -> ActivityKind.COURSE;
			default -> null;
		};
	}

	/**
	 * One participation: the situation on leaving holds from the exit date, after four weeks from exit + 28 days,
	 * after six months from exit + 6 months. A participation without an entry date has no ledger (null).
	 */
	public static @Nullable LedgerInput ledger(String pseudonym, @Nullable Integer age, @Nullable LocalDate entryDate,
			@Nullable LocalDate exitDate, String status, @Nullable String incomeAtEntry, @Nullable String onLeaving,
			@Nullable String afterFourWeeks, @Nullable String afterSixMonths, Map<ActivityKind, Double> hours) {
		if (entryDate == null) {
			return null;
		}
		Situation entry = atEntry(status, incomeAtEntry);
		List<LedgerInput.FollowUp> followUps = new ArrayList<>();
		if (exitDate != null) {
			if (onLeaving != null) {
				followUps.add(new LedgerInput.FollowUp(exitDate, after(onLeaving, entry)));
			}
			if (afterFourWeeks != null) {
				followUps.add(new LedgerInput.FollowUp(exitDate.plusDays(28), after(afterFourWeeks, entry)));
			}
			if (afterSixMonths != null) {
				followUps.add(new LedgerInput.FollowUp(exitDate.plusMonths(6), after(afterSixMonths, entry)));
			}
		}
		int years = age == null ? DEFAULT_AGE : Math.max(16, Math.min(66, age));
		return new LedgerInput(pseudonym, years, entryDate, entry, followUps, hours);
	}
}
