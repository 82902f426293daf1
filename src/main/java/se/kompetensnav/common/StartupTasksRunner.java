package se.kompetensnav.common;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs every {@link StartupTask} in order before the application is reported ready. */
@Component
@Order(0)
class StartupTasksRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StartupTasksRunner.class);

	private final List<StartupTask> tasks;

	StartupTasksRunner(List<StartupTask> tasks) {
		this.tasks = tasks.stream().sorted(Comparator.comparingInt(StartupTask::order)).toList();
	}

	@Override
	public void run(ApplicationArguments args) {
		for (StartupTask task : tasks) {
			long start = System.nanoTime();
			task.run();
			log.info("Startup task '{}' done in {} ms", task.name(), (System.nanoTime() - start) / 1_000_000);
		}
	}
}
