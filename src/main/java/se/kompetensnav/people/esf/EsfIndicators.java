package se.kompetensnav.people.esf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import se.kompetensnav.people.AgeAtEntry;
import se.kompetensnav.people.Answer;
import se.kompetensnav.people.ExitSituation;
import se.kompetensnav.people.ImprovedSituationRule;
import se.kompetensnav.people.IscedBand;
import se.kompetensnav.people.LabourMarketStatus;
import se.kompetensnav.people.LongTermUnemploymentRule;

/**
 * The ESF+ common indicators for participants (Regulation (EU) 2021/1057, Annex I), counted by gender.
 * <ul>
 * <li>Output indicators EECO01-EECO17 count the participants who entered during the period, with their situation and
 * age at entry. A sensitive answer counts only when it is YES: DECLINED and not asked count in neither direction.</li>
 * <li>EECO18 (public administrations) and EECO19 (SMEs) count supported entities, not participants: 0 here.</li>
 * <li>Immediate results EECR01-EECR04 count the participants who left during the period, by their situation on
 * leaving.</li>
 * <li>Longer-term results EECR05-EECR06 count the participants who left during the period and whose six-month
 * follow-up is recorded: employed (EECR05), improved situation by {@link ImprovedSituationRule} (EECR06).</li>
 * </ul>
 * Plain Java: no framework types, so the rules can be tested against hand-computed fixtures.
 */
public final class EsfIndicators {

	public static final List<String> CODES = List.of("EECO01", "EECO02", "EECO03", "EECO04", "EECO05", "EECO06",
			"EECO07", "EECO08", "EECO09", "EECO10", "EECO11", "EECO12", "EECO13", "EECO14", "EECO15", "EECO16",
			"EECO17", "EECO18", "EECO19", "EECR01", "EECR02", "EECR03", "EECR04", "EECR05", "EECR06");

	private EsfIndicators() {
	}

	/** How one indicator counts: over whom (entered or left during the period) and which of them. */
	private record Rule(boolean onEntry, Predicate<EsfParticipant> counts) {
	}

	private static Map<String, Rule> rules(LongTermUnemploymentRule ltu) {
		Map<String, Rule> r = new LinkedHashMap<>();
		r.put("EECO01", entry(p -> true));
		r.put("EECO02", entry(p -> p.statusAtEntry() == LabourMarketStatus.UNEMPLOYED));
		r.put("EECO03", entry(p -> ltu.isLongTermUnemployed(p.statusAtEntry(), p.birthDate(), p.unemployedSince(),
				p.entryDate())));
		r.put("EECO04", entry(p -> p.statusAtEntry() == LabourMarketStatus.INACTIVE));
		r.put("EECO05", entry(p -> p.statusAtEntry() == LabourMarketStatus.EMPLOYED));
		r.put("EECO06", entry(p -> age(p) < 18));
		r.put("EECO07", entry(p -> age(p) >= 18 && age(p) <= 29));
		r.put("EECO08", entry(p -> age(p) >= 55));
		r.put("EECO09", entry(p -> p.isced() == IscedBand.ISCED_0_2));
		r.put("EECO10", entry(p -> p.isced() == IscedBand.ISCED_3_4));
		r.put("EECO11", entry(p -> p.isced() == IscedBand.ISCED_5_8));
		r.put("EECO12", entry(p -> Answer.isYes(p.disability())));
		r.put("EECO13", entry(p -> Answer.isYes(p.thirdCountryNational())));
		r.put("EECO14", entry(p -> Answer.isYes(p.foreignBackground())));
		r.put("EECO15", entry(p -> Answer.isYes(p.minority())));
		r.put("EECO16", entry(p -> Answer.isYes(p.homeless())));
		r.put("EECO17", entry(EsfParticipant::ruralArea));
		r.put("EECO18", entry(p -> false));
		r.put("EECO19", entry(p -> false));
		r.put("EECR01", exit(p -> p.onLeaving() == ExitSituation.JOB_SEARCHING));
		r.put("EECR02", exit(p -> p.onLeaving() == ExitSituation.IN_EDUCATION));
		r.put("EECR03", exit(p -> p.onLeaving() == ExitSituation.QUALIFICATION_GAINED));
		r.put("EECR04", exit(p -> p.onLeaving() == ExitSituation.EMPLOYED));
		r.put("EECR05", exit(p -> p.atSixMonths() == ExitSituation.EMPLOYED));
		r.put("EECR06", exit(p -> p.atSixMonths() != null
				&& ImprovedSituationRule.improved(p.statusAtEntry(), p.improvementAtSixMonths())));
		return r;
	}

	private static Rule entry(Predicate<EsfParticipant> p) {
		return new Rule(true, p);
	}

	private static Rule exit(Predicate<EsfParticipant> p) {
		return new Rule(false, p);
	}

	public static List<IndicatorRow> compute(List<EsfParticipant> participants, LocalDate from, LocalDate to,
			LongTermUnemploymentRule ltu) {
		List<IndicatorRow> rows = new ArrayList<>();
		rules(ltu).forEach((code, rule) -> rows.add(count(code, participants.stream()
			.filter(p -> counted(rule, p, from, to)).toList())));
		return rows;
	}

	/** Whether {@code p} is behind the figure of {@code code} for the period (the drill-down). */
	public static boolean counts(String code, EsfParticipant p, LocalDate from, LocalDate to,
			LongTermUnemploymentRule ltu) {
		Rule rule = rules(ltu).get(code);
		if (rule == null) {
			throw new IllegalArgumentException("unknown indicator " + code);
		}
		return counted(rule, p, from, to);
	}

	private static boolean counted(Rule rule, EsfParticipant p, LocalDate from, LocalDate to) {
		LocalDate date = rule.onEntry() ? p.entryDate() : p.exitDate();
		return date != null && p.entryDate() != null && within(date, from, to) && rule.counts().test(p);
	}

	static boolean within(LocalDate d, LocalDate from, LocalDate to) {
		return !d.isBefore(from) && !d.isAfter(to);
	}

	static int age(EsfParticipant p) {
		return AgeAtEntry.of(p.birthDate(), p.entryDate());
	}

	static IndicatorRow count(String code, List<EsfParticipant> counted) {
		int women = 0;
		int men = 0;
		int nonBinary = 0;
		for (EsfParticipant p : counted) {
			switch (p.gender()) {
				case WOMAN -> women++;
				case MAN -> men++;
				case NON_BINARY -> nonBinary++;
			}
		}
		return new IndicatorRow(code, women, men, nonBinary, women + men + nonBinary);
	}
}
