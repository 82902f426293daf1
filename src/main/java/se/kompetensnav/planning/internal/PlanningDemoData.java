package se.kompetensnav.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.Demo;
import se.kompetensnav.common.StartupTask;
import se.kompetensnav.planning.JobsYear;

/**
 * Demo establishment: a green steel plant in Boden ramping up to the 1,583 direct jobs of the Stegra case (the
 * ramp-up years are illustrative), labelled demo. Idempotent.
 */
@Component
class PlanningDemoData implements StartupTask {

	private final Demo demo;

	private final JdbcClient jdbc;

	private final JdbcPlanning planning;

	PlanningDemoData(Demo demo, JdbcClient jdbc, JdbcPlanning planning) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.planning = planning;
	}

	@Override
	public int order() {
		return 510;
	}

	@Override
	public String name() {
		return "planning demo establishment";
	}

	@Override
	@Transactional
	public void run() {
		if (!demo.enabled() || jdbc.sql("select count(*) from planning_establishment where demo = true")
			.query(Long.class).single() > 0) {
			return;
		}
		double[] construction = { 1500, 2500, 1500, 300, 0, 0, 0, 0, 0, 0 };
		double[] operation = { 0, 200, 700, 1200, 1583, 1583, 1583, 1583, 1583, 1583 };
		List<JobsYear> ramp = new ArrayList<>();
		for (int i = 0; i < construction.length; i++) {
			ramp.add(new JobsYear(2024 + i, construction[i], operation[i]));
		}
		planning.createDemo("Grönt stålverk Boden (demo)", "2582", "Stål och vätgas", ramp);
	}
}
