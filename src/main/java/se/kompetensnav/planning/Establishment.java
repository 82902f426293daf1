package se.kompetensnav.planning;

import java.time.Instant;
import java.util.List;

/** An establishment and its scenarios (newest last). */
public record Establishment(long id, String name, String municipalityCode, String municipalityName, String sector,
		boolean demo, Instant createdAt, List<ScenarioSummary> scenarios) {

	public record ScenarioSummary(long id, String name, Instant createdAt) {
	}
}
