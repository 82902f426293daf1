package se.kompetensnav.energy;

import java.util.Optional;

/**
 * Raising residual heat to the temperature a sink needs. With the source at least {@code approach} above the sink's
 * supply temperature a heat exchanger suffices; otherwise a heat pump with
 * {@code COP = carnotFraction × T_hot / (T_hot − T_cold)} (kelvin; T_hot = sink supply + approach, T_cold = source
 * − approach). A lift above {@code maxLift} or a COP not above 1 is impossible and refused.
 *
 * @param carnotFraction the share of the Carnot COP a real machine reaches (0-1)
 * @param approach temperature difference across each heat exchanger, K
 * @param maxLift the largest lift one machine makes, K
 */
public record HeatPump(double carnotFraction, double approach, double maxLift) {

	/** The lift from a source to a sink, K (≤ 0 means a heat exchanger is enough). */
	public double lift(double sourceTemperature, double sinkTemperature) {
		return (sinkTemperature + approach) - (sourceTemperature - approach);
	}

	public boolean needsHeatPump(double sourceTemperature, double sinkTemperature) {
		return lift(sourceTemperature, sinkTemperature) > 0;
	}

	public boolean possible(double sourceTemperature, double sinkTemperature) {
		if (!needsHeatPump(sourceTemperature, sinkTemperature)) {
			return true;
		}
		double lift = lift(sourceTemperature, sinkTemperature);
		return lift <= maxLift && cop(sourceTemperature, sinkTemperature).orElse(0.0) > 1;
	}

	/** The COP, empty when no heat pump is needed. Throws for an impossible lift. */
	public Optional<Double> cop(double sourceTemperature, double sinkTemperature) {
		double lift = lift(sourceTemperature, sinkTemperature);
		if (lift <= 0) {
			return Optional.empty();
		}
		double hot = sinkTemperature + approach + 273.15;
		double cop = carnotFraction * hot / lift;
		return Optional.of(cop);
	}

	/** Heat delivered at the sink per unit of recovered heat: COP / (COP − 1) with a heat pump, 1 without. */
	public double deliveredPerRecovered(double sourceTemperature, double sinkTemperature) {
		return cop(sourceTemperature, sinkTemperature).map(c -> c / (c - 1)).orElse(1.0);
	}

	/** Electricity per unit of delivered heat: 1 / COP with a heat pump, 0 without. */
	public double electricityPerDelivered(double sourceTemperature, double sinkTemperature) {
		return cop(sourceTemperature, sinkTemperature).map(c -> 1 / c).orElse(0.0);
	}
}
