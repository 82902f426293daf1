package se.kompetensnav.energy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A year of hourly values, kW (8,760 hours, 1 January 00:00 first, no leap day): for a source the heat available at
 * its supply temperature, for a sink the heat it needs. Replaces the monthly profile and, for a greenhouse, the
 * model's demand in matching.
 */
public record HourlyProfile(double[] kw) {

	public HourlyProfile {
		if (kw.length != Climate.HOURS) {
			throw new IllegalArgumentException("an hourly profile has " + Climate.HOURS + " values, not " + kw.length);
		}
		kw = kw.clone();
	}

	@Override
	public double[] kw() {
		return kw.clone();
	}

	/** The year's energy, MWh (each value × 1 h). */
	public double annualMwh() {
		return Arrays.stream(kw).sum() / 1000;
	}

	public double peakKw() {
		return Arrays.stream(kw).max().orElse(0);
	}

	/** Each month's energy, MWh. */
	public List<Double> monthlyMwh() {
		double[] avg = HeatMatching.monthly(kw);
		List<Double> out = new ArrayList<>(12);
		for (int m = 0; m < 12; m++) {
			out.add(avg[m] * Climate.hoursIn(m) / 1000);
		}
		return out;
	}

	/** The stored form: the values separated by commas, to the watt. */
	public String text() {
		StringBuilder sb = new StringBuilder(kw.length * 8);
		for (double v : kw) {
			if (!sb.isEmpty()) {
				sb.append(',');
			}
			sb.append(Math.round(v * 1000) / 1000.0);
		}
		return sb.toString();
	}

	/** Reads {@link #text()}. */
	public static HourlyProfile ofText(String text) {
		return new HourlyProfile(Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray());
	}

	/** One value per line, as {@link HourlyProfileCsv} reads it back. */
	public String csv() {
		StringBuilder sb = new StringBuilder(kw.length * 12).append("hour;kw\n");
		for (int h = 0; h < kw.length; h++) {
			sb.append(h).append(';').append(Math.round(kw[h] * 1000) / 1000.0).append('\n');
		}
		return sb.toString();
	}
}
