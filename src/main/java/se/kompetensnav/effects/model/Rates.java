package se.kompetensnav.effects.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameter values of one year that the model reads, by key. Every amount comes from here, never from a
 * literal in code: the application fills it from the parameter library and records the versions used.
 */
public record Rates(int year, Map<String, Double> values) {

	public static final String PRISBASBELOPP = "effects.prisbasbelopp";
	public static final String RIKSNORM = "effects.riksnorm.single";
	public static final String HOUSING = "effects.housing.monthly";
	public static final String SP_RATE = "effects.sjukpenning.rate";
	public static final String SP_FACTOR = "effects.sjukpenning.factor";
	public static final String SP_CAP_PBB = "effects.sjukpenning.sgiCapPbb";
	public static final String ACTIVITY_COMPENSATION = "effects.aktivitetsersattning.monthly";
	public static final String WAGE_AVERAGE = "effects.wage.monthly.average";
	public static final String WAGE_ENTRY = "effects.wage.monthly.entry";
	public static final String EMPLOYER_CONTRIBUTIONS = "effects.employerContributions";
	public static final String EMPLOYER_CONTRIBUTIONS_66 = "effects.employerContributions.66plus";
	public static final String TAX_TOTAL = "effects.tax.municipal.total";
	public static final String TAX_REGION = "effects.tax.region";
	public static final String TAX_SHARE_WORK = "effects.tax.effectiveShare.work";
	public static final String TAX_SHARE_TRANSFER = "effects.tax.effectiveShare.transfer";
	public static final String DISCOUNT_RATE = "effects.discountRate";
	public static final String RETIREMENT_AGE = "effects.retirementAge";
	public static final String CONSULTANT_HOUR = "effects.unitcost.consultantHour";
	public static final String INTERNSHIP_WEEK = "effects.unitcost.internshipWeek";
	public static final String COURSE_WEEK = "effects.unitcost.courseWeek";
	public static final String HEALTH_VISIT = "effects.unitcost.healthVisit";
	public static final String PSYCHIATRY_VISIT = "effects.unitcost.psychiatryVisit";
	public static final String SOCIAL_WORKER_HOUR = "effects.unitcost.socialWorkerHour";
	public static final String AF_CASE_YEAR = "effects.unitcost.afCaseYear";
	public static final String FK_CASE_YEAR = "effects.unitcost.fkCaseYear";
	public static final String ADULT_EDUCATION_YEAR = "effects.unitcost.adultEducationYear";
	public static final String CSN_GRANT = "effects.csn.grant.monthly";
	public static final String STUDY_MONTHS = "effects.studies.monthsPerYear";
	public static final String HOURS_PER_WEEK = "effects.hoursPerWeek";
	public static final String Q_JOBSEEKING_SOCIAL = "effects.q.jobSeeking.socialWorkerHours";
	public static final String Q_JOBSEEKING_HEALTH = "effects.q.jobSeeking.healthVisits";
	public static final String Q_SICK_HEALTH = "effects.q.sickListed.healthVisits";
	public static final String Q_AE_HEALTH = "effects.q.activityComp.healthVisits";
	public static final String Q_AE_PSYCHIATRY = "effects.q.activityComp.psychiatryVisits";
	public static final String Q_AE_SOCIAL = "effects.q.activityComp.socialWorkerHours";
	public static final String Q_OUTSIDE_SOCIAL = "effects.q.outside.socialWorkerHours";
	public static final String Q_OUTSIDE_PSYCHIATRY = "effects.q.outside.psychiatryVisits";
	public static final String Q_OUTSIDE_HEALTH = "effects.q.outside.healthVisits";
	public static final String DEADWEIGHT = "effects.sroi.deadweight";
	public static final String DISPLACEMENT = "effects.sroi.displacement";
	public static final String ATTRIBUTION = "effects.sroi.attribution";
	public static final String DROP_OFF = "effects.sroi.dropOff";
	public static final String SCENARIO_CONSULTANT_HOURS = "effects.scenario.consultantHoursPerPlace";
	public static final String SCENARIO_INTERNSHIP_WEEKS = "effects.scenario.internshipWeeksPerPlace";
	public static final String SCENARIO_COURSE_WEEKS = "effects.scenario.courseWeeksPerPlace";

	/** Every key the model reads: a calculation snapshots exactly these. */
	public static final List<String> KEYS = List.of(PRISBASBELOPP, RIKSNORM, HOUSING, SP_RATE, SP_FACTOR, SP_CAP_PBB,
			ACTIVITY_COMPENSATION, WAGE_AVERAGE, WAGE_ENTRY, EMPLOYER_CONTRIBUTIONS, EMPLOYER_CONTRIBUTIONS_66,
			TAX_TOTAL, TAX_REGION, TAX_SHARE_WORK, TAX_SHARE_TRANSFER, DISCOUNT_RATE, RETIREMENT_AGE, CONSULTANT_HOUR,
			INTERNSHIP_WEEK, COURSE_WEEK, HEALTH_VISIT, PSYCHIATRY_VISIT, SOCIAL_WORKER_HOUR, AF_CASE_YEAR,
			FK_CASE_YEAR, ADULT_EDUCATION_YEAR, CSN_GRANT, STUDY_MONTHS, HOURS_PER_WEEK, Q_JOBSEEKING_SOCIAL,
			Q_JOBSEEKING_HEALTH, Q_SICK_HEALTH, Q_AE_HEALTH, Q_AE_PSYCHIATRY, Q_AE_SOCIAL, Q_OUTSIDE_SOCIAL,
			Q_OUTSIDE_PSYCHIATRY, Q_OUTSIDE_HEALTH, DEADWEIGHT, DISPLACEMENT, ATTRIBUTION, DROP_OFF,
			SCENARIO_CONSULTANT_HOURS, SCENARIO_INTERNSHIP_WEEKS, SCENARIO_COURSE_WEEKS);

	public Rates {
		values = Map.copyOf(new TreeMap<>(values));
	}

	public double get(String key) {
		Double v = values.get(key);
		if (v == null) {
			throw new IllegalArgumentException("no value for parameter " + key + " in " + year);
		}
		return v;
	}

	/** A copy with one value replaced (what-if and tests). */
	public Rates with(String key, double value) {
		Map<String, Double> copy = new TreeMap<>(values);
		copy.put(key, value);
		return new Rates(year, copy);
	}

	/** Daily sjukpenning: rate x min(SGI, cap x prisbasbelopp) x factor / 365. */
	public double sjukpenningPerDay(double sgiPerYear) {
		double sgi = Math.min(sgiPerYear, get(SP_CAP_PBB) * get(PRISBASBELOPP));
		return get(SP_RATE) * sgi * get(SP_FACTOR) / 365.0;
	}
}
