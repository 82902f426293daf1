package se.kompetensnav.effects.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.effects.model.ExclusionCost;
import se.kompetensnav.effects.model.Scenario;
import se.kompetensnav.effects.model.EffectReport;
import se.kompetensnav.parameters.ParameterValue;

/**
 * A calculation as stored: its inputs, its results and the exact parameter versions it used. Exactly one of
 * {@code scenario}, {@code exclusion} and {@code programme} is set, according to {@code kind}.
 */
public record StoredCalculation(long id, CalculationKind kind, String name, int year, Instant createdAt,
		String createdBy, Scenario.@Nullable Result scenario, @Nullable ExclusionCost exclusion,
		@Nullable ProgrammeResult programme, List<ParameterValue> parameters) {

	/** A programme's report from its participants' ledgers. */
	public record ProgrammeResult(String programme, int participants, int years, EffectReport report) {
	}
}
