package se.kompetensnav.employers.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.Demo;
import se.kompetensnav.common.StartupTask;
import se.kompetensnav.employers.OrganisationForm;
import se.kompetensnav.employers.Organisations;
import se.kompetensnav.identity.UnitType;
import se.kompetensnav.identity.Units;

/**
 * Demo employers in Norrbotten's green industry (steel, metal, battery, hydrogen, data centres, a greenhouse), with
 * their critical functions and opportunities. Demo mode only; does nothing when the demo employer already exists.
 * All names end in "(demo)"; organisation numbers are made up but carry a valid check digit.
 */
@Component
class EmployersDemoData implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(EmployersDemoData.class);

	private final Demo demo;

	private final Units units;

	private final Organisations organisations;

	private final DemoNeedsAndOpportunities content;

	EmployersDemoData(Demo demo, Units units, Organisations organisations, DemoNeedsAndOpportunities content) {
		this.demo = demo;
		this.units = units;
		this.organisations = organisations;
		this.content = content;
	}

	@Override
	public int order() {
		return 350;
	}

	@Override
	public String name() {
		return "employers demo data";
	}

	record DemoEmployer(String unitCode, String name, String orgNumber, String sni, int employees, double turnoverMsek,
			String municipality) {
	}

	static final DemoEmployer[] EMPLOYERS = {
			new DemoEmployer("demo-stal-boden", "Bodens Stål och Mekaniska AB (demo)", "5560160680", "25110", 38, 95,
					"2582"),
			new DemoEmployer("demo-gront-stal-lulea", "Luleå Gröna Stålverk AB (demo)", "5590012349", "24100", 420,
					4200, "2580"),
			new DemoEmployer("demo-batteri-pitea", "Piteå Batterimaterial AB (demo)", "5590023452", "27200", 160, 900,
					"2581"),
			new DemoEmployer("demo-vatgas-boden", "Vätgas Norr AB (demo)", "5590034566", "20110", 24, 40, "2582"),
			new DemoEmployer("demo-datahall-lulea", "Polar Datahall AB (demo)", "5590045679", "63110", 65, 300,
					"2580"),
			new DemoEmployer("demo-mekaniska-gallivare", "Malmfältens Mekaniska AB (demo)", "5590056783", "25620", 8,
					14, "2523"),
			new DemoEmployer("demo-vaxthus-boden", "Bodens Växthus ekonomisk förening (demo)", "7696012348", "01130",
					12, 9, "2582") };

	@Override
	@Transactional
	public void run() {
		if (!demo.enabled() || units.findByCode("demo-stal-boden").isEmpty()) {
			return;
		}
		long unitId = units.findByCode("demo-stal-boden").orElseThrow().id();
		if (organisations.byUnit(unitId).isPresent()) {
			return;
		}
		for (DemoEmployer e : EMPLOYERS) {
			if (units.findByCode(e.unitCode()).isEmpty()) {
				units.create(null, e.unitCode(), UnitType.EMPLOYER, e.name(), e.municipality(), e.orgNumber(), true);
			}
			organisations.createUnchecked(new OrganisationForm(e.name(), e.orgNumber(), e.sni(), e.employees(),
					e.turnoverMsek(), e.municipality(), true), e.unitCode(), true);
		}
		content.create();
		log.info("Created {} demo employers with needs and opportunities", EMPLOYERS.length);
	}
}
