package se.kompetensnav.employers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import se.kompetensnav.employers.CompetenceNeeds;
import se.kompetensnav.employers.CriticalFunctionForm;
import se.kompetensnav.employers.FunctionTemplate;
import se.kompetensnav.employers.FunctionTemplates;
import se.kompetensnav.employers.Opportunities;
import se.kompetensnav.employers.OpportunityForm;
import se.kompetensnav.employers.Organisation;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.employers.SkillRequirement;

/**
 * The demo employers' critical functions (from the templates, with head counts drawn from a fixed seed) and their
 * opportunities in Boden, Luleå, Piteå and Gällivare, including the greenhouse's internship places in Boden.
 */
@Component
class DemoNeedsAndOpportunities {

	private static final String SWEDISH = "zSLA_vw2_FXN";

	private static final String LICENCE_B = "VTK8_WRx_GcM";

	private final Organisations organisations;

	private final CompetenceNeeds needs;

	private final Opportunities opportunities;

	DemoNeedsAndOpportunities(Organisations organisations, CompetenceNeeds needs, Opportunities opportunities) {
		this.organisations = organisations;
		this.needs = needs;
		this.opportunities = opportunities;
	}

	record Plan(String orgNumber, List<String> templates) {
	}

	private static final List<Plan> PLANS = List.of(
			new Plan("5560160680", List.of("metal-welder", "metal-cnc-operator", "metal-maintenance-mechanic")),
			new Plan("5590012349",
					List.of("steel-process-operator", "steel-industrial-electrician", "steel-maintenance-technician")),
			new Plan("5590023452", List.of("battery-operator", "battery-automation-technician")),
			new Plan("5590034566", List.of("hydrogen-process-operator", "hydrogen-automation-technician")),
			new Plan("5590045679",
					List.of("datacentre-operations-technician", "datacentre-electrician", "datacentre-cooling-technician")),
			new Plan("5590056783", List.of("metal-welder")),
			new Plan("7696012348", List.of("greenhouse-grower")));

	void create() {
		Random random = new Random(4L);
		LocalDate base = LocalDate.of(2026, 1, 12);
		for (Plan plan : PLANS) {
			Organisation org = organisations.byOrgNumber(plan.orgNumber()).orElseThrow();
			for (String key : plan.templates()) {
				FunctionTemplate t = FunctionTemplates.byKey(key).orElseThrow();
				int now = 1 + random.nextInt(Math.max(1, org.employees() / 20));
				int y1 = now + random.nextInt(3);
				int y3 = y1 + random.nextInt(5);
				int y5 = y3 + random.nextInt(5);
				CriticalFunctionForm f = t.toForm();
				needs.createUnchecked(org.id(), new CriticalFunctionForm(t.title(), f.occupationId(), f.reason(), now,
						y1, y3, y5, key, f.skills()), true);
				// One vacancy per function, in the employer's municipality.
				opportunities.createUnchecked(org, new OpportunityForm("VACANCY", t.title() + " (demo)",
						"Demoannons: " + t.title() + " hos " + org.name() + ".", t.occupationId(),
						org.municipalityCode(), base.plusWeeks(random.nextInt(20)).toString(), 1 + random.nextInt(3),
						random.nextBoolean() ? List.of(LICENCE_B) : List.of(), List.of(SWEDISH), random.nextInt(4) == 0,
						false, true, true, rows(t.skills())), true);
			}
		}
		Organisation greenhouse = organisations.byOrgNumber("7696012348").orElseThrow();
		FunctionTemplate grower = FunctionTemplates.byKey("greenhouse-grower").orElseThrow();
		opportunities.createUnchecked(greenhouse, new OpportunityForm("INTERNSHIP", "Praktikplatser i växthuset (demo)",
				"Demo: praktik i odling av grönsaker i växthus som värms med restvärme från en datahall. "
						+ "Handledare finns, deltid går bra och stöd i anställningen kan ordnas.",
				grower.occupationId(), "2582", base.plusWeeks(2).toString(), 4, List.of(), List.of(), true, true,
				true, true, rows(grower.skills())), true);
		Organisation steelBoden = organisations.byOrgNumber("5560160680").orElseThrow();
		FunctionTemplate welder = FunctionTemplates.byKey("metal-welder").orElseThrow();
		opportunities.createUnchecked(steelBoden, new OpportunityForm("APPRENTICESHIP", "Lärling, svets (demo)",
				"Demo: lärlingsplats i svetsning med handledare.", welder.occupationId(), "2582",
				base.plusWeeks(8).toString(), 2, List.of(), List.of(SWEDISH), false, true, true, true,
				rows(welder.skills())), true);
		Organisation steelLulea = organisations.byOrgNumber("5590012349").orElseThrow();
		FunctionTemplate operator = FunctionTemplates.byKey("steel-process-operator").orElseThrow();
		opportunities.createUnchecked(steelLulea, new OpportunityForm("SUMMER_JOB", "Sommarjobb i produktionen (demo)",
				"Demo: sommarvikariat som processoperatör.", operator.occupationId(), "2580",
				LocalDate.of(2026, 6, 8).toString(), 10, List.of(LICENCE_B), List.of(SWEDISH), false, false, true,
				true, rows(operator.skills())), true);
	}

	private static List<CriticalFunctionForm.SkillRequirementForm> rows(List<SkillRequirement> skills) {
		return skills.stream().map(s -> new CriticalFunctionForm.SkillRequirementForm(s.skillId(),
				s.importance().name(), s.level())).toList();
	}
}
