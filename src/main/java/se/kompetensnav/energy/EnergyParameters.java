package se.kompetensnav.energy;

import java.util.List;
import java.util.Map;

/**
 * The energy models' parameters by library key ({@code energy.<name>}, see {@link #NAMES}); the models hold no
 * figures of their own.
 */
public record EnergyParameters(Map<String, Double> values) {

	public static final String PREFIX = "energy" + ".";

	public static final List<String> NAMES = List.of("greenhouse_u_value", "greenhouse_screen_saving",
			"greenhouse_air_changes", "greenhouse_cover_ratio", "greenhouse_mean_height", "greenhouse_setpoint",
			"greenhouse_lighting_w_per_m2", "greenhouse_lighting_hours", "greenhouse_lighting_heat_share",
			"climate_daily_amplitude", "climate_design_temperature", "datacentre_recoverable_share",
			"datacentre_outlet_temperature", "heatpump_carnot_fraction", "heatpump_approach", "heatpump_max_lift",
			"match_max_distance_km", "match_route_factor", "match_pipe_cost_base", "match_pipe_cost_per_mw",
			"match_hex_cost_per_kw", "match_heatpump_cost_per_kw", "match_pump_cost_share",
			"match_pipe_loss_w_per_m", "match_pump_electricity_share", "match_electricity_price",
			"match_maintenance_share", "match_discount_rate", "match_lifetime_years");

	public EnergyParameters {
		for (String n : NAMES) {
			if (!values.containsKey(PREFIX + n)) {
				throw new IllegalArgumentException("missing parameter " + PREFIX + n);
			}
		}
		values = Map.copyOf(values);
	}

	public static List<String> keys() {
		return NAMES.stream().map(n -> PREFIX + n).toList();
	}

	public double get(String name) {
		return values.get(PREFIX + name);
	}

	/** A greenhouse of this floor area with the library's cover, screen, infiltration and lighting. */
	public Greenhouse greenhouse(double floorArea, double setpoint) {
		return new Greenhouse(floorArea, get("greenhouse_cover_ratio"), get("greenhouse_u_value"),
				get("greenhouse_screen_saving"), get("greenhouse_air_changes"), get("greenhouse_mean_height"),
				setpoint, get("greenhouse_lighting_w_per_m2"), get("greenhouse_lighting_hours"),
				get("greenhouse_lighting_heat_share"));
	}

	public HeatPump heatPump() {
		return new HeatPump(get("heatpump_carnot_fraction"), get("heatpump_approach"), get("heatpump_max_lift"));
	}

	public HeatMatching.Settings matching() {
		return new HeatMatching.Settings(get("match_max_distance_km"), get("match_route_factor"),
				get("match_pipe_cost_base"), get("match_pipe_cost_per_mw"), get("match_hex_cost_per_kw"),
				get("match_heatpump_cost_per_kw"), get("match_pump_cost_share"), get("match_pipe_loss_w_per_m"),
				get("match_pump_electricity_share"), get("match_electricity_price"), get("match_maintenance_share"),
				get("match_discount_rate"), (int) Math.round(get("match_lifetime_years")), heatPump());
	}

	public Climate climate(String place, String source, double[] monthlyMean) {
		return new Climate(place, source, monthlyMean, get("climate_daily_amplitude"),
				get("climate_design_temperature"));
	}
}
