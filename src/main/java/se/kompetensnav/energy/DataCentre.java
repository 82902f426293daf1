package se.kompetensnav.energy;

/**
 * A data centre as a heat source: nearly all IT power becomes heat; a share of it is recoverable at the cooling
 * system's outlet temperature (30-40 °C for air cooling, higher for liquid cooling).
 *
 * @param itPowerKw average IT load, kW
 * @param recoverableShare share of IT power recoverable as heat (0-1)
 * @param outletTemperature temperature of the recovered heat, °C
 */
public record DataCentre(double itPowerKw, double recoverableShare, double outletTemperature) {

	/** Recovered heat, kW (before any heat pump). */
	public double recoveredKw() {
		return itPowerKw * recoverableShare;
	}

	/** Heat delivered at a sink's supply temperature, kW, with a heat pump where needed. */
	public double deliveredKw(HeatPump pump, double sinkTemperature) {
		return recoveredKw() * pump.deliveredPerRecovered(outletTemperature, sinkTemperature);
	}

	/** Recovered heat over a year of 8,760 hours, MWh. */
	public double annualRecoveredMwh() {
		return recoveredKw() * Climate.HOURS / 1000;
	}
}
