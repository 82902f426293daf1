package se.kompetensnav.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A stored scenario with its results, computed from its own ramp-up and its stored parameter values. */
public record Scenario(long id, long establishmentId, String establishmentName, String municipalityCode,
		String municipalityName, String name, Instant createdAt, List<JobsYear> rampUp,
		List<UsedParameter> parameters, Map<Band, List<YearImpact>> results) {
}
