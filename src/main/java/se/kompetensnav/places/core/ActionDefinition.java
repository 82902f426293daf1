package se.kompetensnav.places.core;

import java.util.Map;

/**
 * An action from the library.
 *
 * @param dimensions the dimensions it addresses, with relevance (1 = primarily, 0.5 = partly)
 * @param effect the expected effect, 1 (some) to 3 (strong)
 */
public record ActionDefinition(String key, Map<String, Double> dimensions, Actor actor, Cost cost, Time time,
		int effect) {

	public enum Actor {
		MUNICIPALITY, INDUSTRY, REGION, TOGETHER
	}

	/** Cost class and its feasibility factor. */
	public enum Cost {
		LOW(1.0), MEDIUM(0.75), HIGH(0.5);

		public final double factor;

		Cost(double factor) {
			this.factor = factor;
		}
	}

	/** Time to effect and its feasibility factor: sooner is more feasible within a planning period. */
	public enum Time {
		SHORT(1.0), MEDIUM(0.8), LONG(0.6);

		public final double factor;

		Time(double factor) {
			this.factor = factor;
		}
	}

	public ActionDefinition {
		if (effect < 1 || effect > 3) {
			throw new IllegalArgumentException("effect must be 1-3: " + effect);
		}
		dimensions = Map.copyOf(dimensions);
	}

	public double feasibility() {
		return cost.factor * time.factor;
	}
}
