package se.kompetensnav.effects.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One person-year in a situation as yearly flows per actor (after Nilsson and Wadeskog's socio-economic accounts).
 * Every transfer is booked twice, as a cost to the payer and income to the receiver, so that transfers net to zero
 * in the real view; production and resource use are booked once.
 */
public final class PersonYearModel {

	private PersonYearModel() {
	}

	public static List<Flow> flows(Situation situation, Person person, Rates r) {
		List<Flow> flows = new ArrayList<>();
		switch (situation) {
			case WORK -> {
				double wage = person.monthlyWage() * 12;
				double contributionRate = person.age() >= 66 ? r.get(Rates.EMPLOYER_CONTRIBUTIONS_66)
						: r.get(Rates.EMPLOYER_CONTRIBUTIONS);
				flows.add(new Flow(Actor.INDIVIDUAL, "wage", FlowKind.PRODUCTION, wage));
				flows.add(new Flow(Actor.STATE_OTHER, "employerContributions", FlowKind.PRODUCTION,
						wage * contributionRate));
				incomeTax(flows, wage, r.get(Rates.TAX_SHARE_WORK), r);
			}
			case STUDIES -> {
				transfer(flows, Actor.STATE_OTHER, "studyGrant", r.get(Rates.CSN_GRANT) * r.get(Rates.STUDY_MONTHS));
				flows.add(new Flow(Actor.MUNICIPALITY, "adultEducation", FlowKind.RESOURCE_USE,
						-r.get(Rates.ADULT_EDUCATION_YEAR)));
			}
			case JOB_SEEKING -> {
				transfer(flows, Actor.MUNICIPALITY, "incomeSupport",
						(r.get(Rates.RIKSNORM) + r.get(Rates.HOUSING)) * 12);
				resource(flows, Actor.MUNICIPALITY, "socialWork",
						r.get(Rates.Q_JOBSEEKING_SOCIAL) * r.get(Rates.SOCIAL_WORKER_HOUR));
				resource(flows, Actor.ARBETSFORMEDLINGEN, "employmentService", r.get(Rates.AF_CASE_YEAR));
				resource(flows, Actor.REGION, "healthCare", r.get(Rates.Q_JOBSEEKING_HEALTH) * r.get(Rates.HEALTH_VISIT));
			}
			case SICK_LISTED -> {
				double benefit = r.sjukpenningPerDay(person.sgiMonthly() * 12) * 365;
				transfer(flows, Actor.FORSAKRINGSKASSAN, "sicknessBenefit", benefit);
				incomeTax(flows, benefit, r.get(Rates.TAX_SHARE_TRANSFER), r);
				resource(flows, Actor.FORSAKRINGSKASSAN, "insuranceAdministration", r.get(Rates.FK_CASE_YEAR));
				resource(flows, Actor.REGION, "healthCare", r.get(Rates.Q_SICK_HEALTH) * r.get(Rates.HEALTH_VISIT));
			}
			case ACTIVITY_COMPENSATION -> {
				double benefit = r.get(Rates.ACTIVITY_COMPENSATION) * 12;
				transfer(flows, Actor.FORSAKRINGSKASSAN, "activityCompensation", benefit);
				incomeTax(flows, benefit, r.get(Rates.TAX_SHARE_TRANSFER), r);
				resource(flows, Actor.FORSAKRINGSKASSAN, "insuranceAdministration", r.get(Rates.FK_CASE_YEAR));
				resource(flows, Actor.REGION, "healthCare", r.get(Rates.Q_AE_HEALTH) * r.get(Rates.HEALTH_VISIT));
				resource(flows, Actor.REGION, "psychiatry", r.get(Rates.Q_AE_PSYCHIATRY) * r.get(Rates.PSYCHIATRY_VISIT));
				resource(flows, Actor.MUNICIPALITY, "socialWork",
						r.get(Rates.Q_AE_SOCIAL) * r.get(Rates.SOCIAL_WORKER_HOUR));
			}
			case OUTSIDE -> {
				resource(flows, Actor.MUNICIPALITY, "socialWork",
						r.get(Rates.Q_OUTSIDE_SOCIAL) * r.get(Rates.SOCIAL_WORKER_HOUR));
				resource(flows, Actor.REGION, "psychiatry",
						r.get(Rates.Q_OUTSIDE_PSYCHIATRY) * r.get(Rates.PSYCHIATRY_VISIT));
				resource(flows, Actor.REGION, "healthCare", r.get(Rates.Q_OUTSIDE_HEALTH) * r.get(Rates.HEALTH_VISIT));
			}
		}
		return List.copyOf(flows);
	}

	/** A benefit paid by {@code payer} to the individual: two flows that sum to zero. */
	static void transfer(List<Flow> flows, Actor payer, String item, double amount) {
		flows.add(new Flow(payer, item, FlowKind.TRANSFER, -amount));
		flows.add(new Flow(Actor.INDIVIDUAL, item, FlowKind.TRANSFER, amount));
	}

	/** Municipal income tax on {@code income}: paid by the individual, received by municipality and region. */
	static void incomeTax(List<Flow> flows, double income, double effectiveShare, Rates r) {
		double total = income * r.get(Rates.TAX_TOTAL) * effectiveShare;
		double region = income * r.get(Rates.TAX_REGION) * effectiveShare;
		flows.add(new Flow(Actor.INDIVIDUAL, "incomeTax", FlowKind.TRANSFER, -total));
		flows.add(new Flow(Actor.MUNICIPALITY, "incomeTax", FlowKind.TRANSFER, total - region));
		flows.add(new Flow(Actor.REGION, "incomeTax", FlowKind.TRANSFER, region));
	}

	static void resource(List<Flow> flows, Actor payer, String item, double cost) {
		flows.add(new Flow(payer, item, FlowKind.RESOURCE_USE, -cost));
	}
}
