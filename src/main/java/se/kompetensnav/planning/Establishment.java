package se.kompetensnav.planning;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An establishment and its scenarios (newest last).
 *
 * @param organisationId the employer (employers module) whose recorded needs it was derived from, else null
 */
public record Establishment(long id, String name, String municipalityCode, String municipalityName, String sector,
		boolean demo, Instant createdAt, @Nullable Long organisationId, List<ScenarioSummary> scenarios) {

	public record ScenarioSummary(long id, String name, Instant createdAt) {
	}
}
