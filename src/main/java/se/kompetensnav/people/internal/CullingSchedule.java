package se.kompetensnav.people.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Culls personal data after the retention period without anyone having to remember it: every night (cron
 * {@code kompetensnav.people.culling-cron}, default 02:30; {@code -} switches it off) {@link Culling#cullDue} runs
 * as the system user, keeping the pseudonymised statistical records. Admins and unit managers can start the same run
 * at any time ({@code POST /api/people/culling}, or the button on the programme list). Idempotent: a second
 * instance running at the same time finds nothing more to cull once the first has committed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class CullingSchedule {

	private static final Logger log = LoggerFactory.getLogger(CullingSchedule.class);

	private final Culling culling;

	CullingSchedule(Culling culling) {
		this.culling = culling;
	}

	@Scheduled(cron = "${kompetensnav.people.culling-cron:0 30 2 * * *}")
	public int cullScheduled() {
		int culled = culling.cullDue();
		log.info("Scheduled culling after retention: {} participations culled", culled);
		return culled;
	}
}
