package se.kompetensnav.energy.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.Demo;
import se.kompetensnav.common.StartupTask;
import se.kompetensnav.energy.NewSink;
import se.kompetensnav.energy.NewSource;
import se.kompetensnav.energy.SinkKind;
import se.kompetensnav.energy.SourceKind;

/**
 * Demo register: the Boden data centre and the greenhouse at Boden Plug and Play heated by it (the Växtzon
 * oändlig work-training programme), and a few sources and sinks in Boden and Luleå. Positions and sizes are
 * illustrative, labelled demo. Idempotent: does nothing when demo rows exist.
 */
@Component
class EnergyDemoData implements StartupTask {

	private final Demo demo;

	private final JdbcClient jdbc;

	private final JdbcEnergyRegister register;

	EnergyDemoData(Demo demo, JdbcClient jdbc, JdbcEnergyRegister register) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.register = register;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public String name() {
		return "energy demo register";
	}

	@Override
	@Transactional
	public void run() {
		if (!demo.enabled()
				|| jdbc.sql("select count(*) from energy_source where demo = true").query(Long.class).single() > 0) {
			return;
		}
		List<Long> sources = List.of(
				register.addSource(new NewSource("Datacenter Boden (demo)", SourceKind.DATA_CENTRE, "2582", 65.8262,
						21.6652, 35.0, null, 2000.0, 35.0, null)).id(),
				register.addSource(new NewSource("Vätgas- och stålverk Boden (demo)", SourceKind.HYDROGEN, "2582",
						65.7905, 21.7560, 60.0, 120_000.0, null, null, null)).id(),
				register.addSource(new NewSource("Stålverk Luleå (demo)", SourceKind.STEEL, "2580", 65.5870, 22.1200,
						90.0, 250_000.0, null, null, null)).id(),
				register.addSource(new NewSource("Datacenter Luleå (demo)", SourceKind.DATA_CENTRE, "2580", 65.6180,
						22.0600, 30.0, null, 20_000.0, 30.0, null)).id());
		List<Long> sinks = List.of(
				register.addSink(new NewSink("Växthuset Boden Plug and Play (demo)", SinkKind.GREENHOUSE, "2582",
						65.8270, 21.6668, 45.0, null, 1000.0, null, null, "Växtzon oändlig", 114,
						"Tomater, gurka, sallad och örter året runt", 40.0)).id(),
				register.addSink(new NewSink("Fjärrvärme Boden (demo)", SinkKind.DISTRICT_HEATING, "2582", 65.8230,
						21.6880, 75.0, 150_000.0, null, null, null, null, null, null, null)).id(),
				register.addSink(new NewSink("Fiskodling Luleå (demo)", SinkKind.FISH_FARM, "2580", 65.5930, 22.1500,
						20.0, 4000.0, null, null, null, null, null, null, null)).id(),
				register.addSink(new NewSink("Bostadskvarter Luleå (demo)", SinkKind.BUILDING, "2580", 65.6150,
						22.0700, 55.0, 3000.0, null, null, null, null, null, null, null)).id());
		sources.forEach(id -> jdbc.sql("update energy_source set demo = true where id = ?").param(id).update());
		sinks.forEach(id -> jdbc.sql("update energy_sink set demo = true where id = ?").param(id).update());
	}
}
