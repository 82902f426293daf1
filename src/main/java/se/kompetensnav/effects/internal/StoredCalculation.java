package se.kompetensnav.effects.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import se.kompetensnav.effects.model.EffectReport;
import se.kompetensnav.effects.model.ExclusionCost;
import se.kompetensnav.effects.model.LedgerInput;
import se.kompetensnav.effects.model.Scenario;
import se.kompetensnav.effects.model.Situation;
import se.kompetensnav.parameters.ParameterValue;

/**
 * A calculation as stored: its inputs, its results and the exact parameter versions it used. Exactly one of
 * {@code scenario}, {@code exclusion} and {@code programme} is set, according to {@code kind}.
 *
 * @param programmeId the people module's programme a programme report belongs to (null for the others)
 */
public record StoredCalculation(long id, CalculationKind kind, String name, int year, Instant createdAt,
		String createdBy, Scenario.@Nullable Result scenario, @Nullable ExclusionCost exclusion,
		@Nullable ProgrammeResult programme, @Nullable Long programmeId, List<ParameterValue> parameters) {

	/**
	 * A programme's report from its participants' ledgers.
	 *
	 * @param outcomes how many participants were in each situation (aggregated; null on reports stored before)
	 */
	public record ProgrammeResult(String programme, int participants, int years, EffectReport report,
			@Nullable Outcomes outcomes) {
	}

	/**
	 * Counts only, never a person: the situation at entry, and the latest situation recorded (on leaving or at a
	 * follow-up) of those with an outcome.
	 */
	public record Outcomes(Map<Situation, Integer> atEntry, Map<Situation, Integer> latest, int withoutOutcome) {

		static Outcomes of(List<LedgerInput> participants) {
			Map<Situation, Integer> entry = new EnumMap<>(Situation.class);
			Map<Situation, Integer> latest = new EnumMap<>(Situation.class);
			for (Situation s : Situation.values()) {
				entry.put(s, 0);
				latest.put(s, 0);
			}
			int without = 0;
			for (LedgerInput p : participants) {
				entry.merge(p.atEntry(), 1, Integer::sum);
				if (p.followUps().isEmpty()) {
					without++;
				}
				else {
					latest.merge(p.followUps().getLast().situation(), 1, Integer::sum);
				}
			}
			return new Outcomes(entry, latest, without);
		}
	}
}
