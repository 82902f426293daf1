package se.kompetensnav.energy;

/**
 * Greenhouse heat demand, hour by hour: transmission through the cover plus infiltration, minus the heat of the
 * grow lights, never below zero. A thermal screen closed at night (18-06) cuts the cover's U-value by
 * {@code screenSaving}. Solar gains are left out (conservative in spring and summer; small in a northern winter).
 *
 * <pre>
 * H_cover = U × A_cover (W/K), A_cover = floor area × cover ratio
 * H_air   = ρ·c_p × ACH × V / 3600 (W/K), V = floor area × mean height, ρ·c_p = 1206 J/(m³K)
 * Q(h)    = max(0, (H_cover(h) + H_air) × (T_in − T_out(h)) − lighting(h))
 * design  = (U × A_cover + H_air) × (T_in − T_design), screen open and lights off
 * </pre>
 *
 * @param floorArea m²
 * @param coverRatio cover (walls + roof) area per floor area
 * @param uValue cover U-value, W/(m²K)
 * @param screenSaving share of cover losses a closed thermal screen saves (0-1)
 * @param airChangesPerHour infiltration, 1/h
 * @param meanHeight m
 * @param setpoint inside temperature, °C
 * @param lightingWattsPerM2 installed grow-light power, W/m²
 * @param lightingHoursPerDay hours the lights are on, from 04:00
 * @param lightingHeatShare share of lighting power that ends up as heat in the greenhouse
 */
public record Greenhouse(double floorArea, double coverRatio, double uValue, double screenSaving,
		double airChangesPerHour, double meanHeight, double setpoint, double lightingWattsPerM2,
		double lightingHoursPerDay, double lightingHeatShare) {

	/** Volumetric heat capacity of air, J/(m³K): 1.2 kg/m³ × 1005 J/(kgK). */
	public static final double AIR_HEAT_CAPACITY = 1.2 * 1005;

	public double coverArea() {
		return floorArea * coverRatio;
	}

	/** Transmission heat-loss coefficient without screen, W/K. */
	public double coverLossCoefficient() {
		return uValue * coverArea();
	}

	/** Infiltration heat-loss coefficient, W/K. */
	public double airLossCoefficient() {
		return AIR_HEAT_CAPACITY * airChangesPerHour * floorArea * meanHeight / 3600;
	}

	/** Design load, kW. */
	public double designLoadKw(double designTemperature) {
		return (coverLossCoefficient() + airLossCoefficient()) * Math.max(0, setpoint - designTemperature) / 1000;
	}

	static boolean night(int hourOfDay) {
		return hourOfDay >= 18 || hourOfDay < 6;
	}

	boolean lightsOn(int hourOfDay) {
		int sinceFour = Math.floorMod(hourOfDay - 4, 24);
		return sinceFour < lightingHoursPerDay;
	}

	/** Heat demand for each hour of the year, kW (average over the hour). */
	public double[] hourlyDemandKw(double[] outdoor) {
		double[] q = new double[outdoor.length];
		double air = airLossCoefficient();
		double cover = coverLossCoefficient();
		double lights = lightingWattsPerM2 * floorArea * lightingHeatShare;
		for (int h = 0; h < outdoor.length; h++) {
			int hod = h % 24;
			double hCover = night(hod) ? cover * (1 - screenSaving) : cover;
			double loss = (hCover + air) * (setpoint - outdoor[h]);
			double gain = lightsOn(hod) ? lights : 0;
			q[h] = Math.max(0, loss - gain) / 1000;
		}
		return q;
	}

	/** Annual heat demand, kWh. */
	public double annualKwh(Climate climate) {
		double sum = 0;
		for (double v : hourlyDemandKw(climate.hourly())) {
			sum += v;
		}
		return sum;
	}
}
