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

	public static List<IndicatorRow> compute(List<EsfParticipant> participants, LocalDate from, LocalDate to,
			LongTermUnemploymentRule ltu) {
		List<EsfParticipant> entered = participants.stream()
			.filter(p -> p.entryDate() != null && within(p.entryDate(), from, to)).toList();
		List<EsfParticipant> left = participants.stream()
			.filter(p -> p.exitDate() != null && within(p.exitDate(), from, to)).toList();
		Map<String, Predicate<EsfParticipant>> outputs = new LinkedHashMap<>();
		outputs.put("EECO01", p -> true);
		outputs.put("EECO02", p -> p.statusAtEntry() == LabourMarketStatus.UNEMPLOYED);
		outputs.put("EECO03", p -> ltu.isLongTermUnemployed(p.statusAtEntry(), p.birthDate(), p.unemployedSince(),
				p.entryDate()));
		outputs.put("EECO04", p -> p.statusAtEntry() == LabourMarketStatus.INACTIVE);
		outputs.put("EECO05", p -> p.statusAtEntry() == LabourMarketStatus.EMPLOYED);
		outputs.put("EECO06", p -> age(p) < 18);
		outputs.put("EECO07", p -> age(p) >= 18 && age(p) <= 29);
		outputs.put("EECO08", p -> age(p) >= 55);
		outputs.put("EECO09", p -> p.isced() == IscedBand.ISCED_0_2);
		outputs.put("EECO10", p -> p.isced() == IscedBand.ISCED_3_4);
		outputs.put("EECO11", p -> p.isced() == IscedBand.ISCED_5_8);
		outputs.put("EECO12", p -> Answer.isYes(p.disability()));
		outputs.put("EECO13", p -> Answer.isYes(p.thirdCountryNational()));
		outputs.put("EECO14", p -> Answer.isYes(p.foreignBackground()));
		outputs.put("EECO15", p -> Answer.isYes(p.minority()));
		outputs.put("EECO16", p -> Answer.isYes(p.homeless()));
		outputs.put("EECO17", EsfParticipant::ruralArea);
		outputs.put("EECO18", p -> false);
		outputs.put("EECO19", p -> false);
		Map<String, Predicate<EsfParticipant>> results = new LinkedHashMap<>();
		results.put("EECR01", p -> p.onLeaving() == ExitSituation.JOB_SEARCHING);
		results.put("EECR02", p -> p.onLeaving() == ExitSituation.IN_EDUCATION);
		results.put("EECR03", p -> p.onLeaving() == ExitSituation.QUALIFICATION_GAINED);
		results.put("EECR04", p -> p.onLeaving() == ExitSituation.EMPLOYED);
		results.put("EECR05", p -> p.atSixMonths() == ExitSituation.EMPLOYED);
		results.put("EECR06", p -> p.atSixMonths() != null
				&& ImprovedSituationRule.improved(p.statusAtEntry(), p.improvementAtSixMonths()));
		List<IndicatorRow> rows = new ArrayList<>();
		outputs.forEach((code, rule) -> rows.add(count(code, entered, rule)));
		results.forEach((code, rule) -> rows.add(count(code, left, rule)));
		return rows;
	}

	static boolean within(LocalDate d, LocalDate from, LocalDate to) {
		return !d.isBefore(from) && !d.isAfter(to);
	}

	static int age(EsfParticipant p) {
		return AgeAtEntry.of(p.birthDate(), p.entryDate());
	}

	static IndicatorRow count(String code, List<EsfParticipant> population, Predicate<EsfParticipant> rule) {
		int women = 0;
		int men = 0;
		int nonBinary = 0;
		for (EsfParticipant p : population) {
			if (!rule.test(p)) {
				continue;
			}
			switch (p.gender()) {
				case WOMAN -> women++;
				case MAN -> men++;
				case NON_BINARY -> nonBinary++;
			}
		}
		return new IndicatorRow(code, women, men, nonBinary, women + men + nonBinary);
	}
}
