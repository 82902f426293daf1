package se.kompetensnav.energy;

/**
 * A typical year's climate for a place: twelve monthly mean outdoor temperatures, from which a deterministic
 * hourly series is generated (the monthly mean plus a daily cosine cycle peaking at 15:00, so every month keeps
 * its mean exactly).
 *
 * @param monthlyMean °C, January to December
 * @param dailyAmplitude half the day-night swing, K
 * @param designTemperature the design outdoor temperature for the design load, °C
 */
public record Climate(String place, String source, double[] monthlyMean, double dailyAmplitude,
		double designTemperature) {

	public static final int HOURS = 8760;

	static final int[] DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	public Climate {
		if (monthlyMean.length != 12) {
			throw new IllegalArgumentException("twelve monthly means needed");
		}
		monthlyMean = monthlyMean.clone();
	}

	/** Hours in each month of a 365-day year. */
	public static int hoursIn(int month) {
		return DAYS[month] * 24;
	}

	/** The month (0-11) of an hour of the year (0-8759). */
	public static int monthOf(int hour) {
		int day = hour / 24;
		int m = 0;
		while (day >= DAYS[m]) {
			day -= DAYS[m];
			m++;
		}
		return m;
	}

	/** 8,760 hourly temperatures. */
	public double[] hourly() {
		double[] t = new double[HOURS];
		int h = 0;
		for (int m = 0; m < 12; m++) {
			for (int d = 0; d < DAYS[m]; d++) {
				for (int hod = 0; hod < 24; hod++) {
					t[h++] = monthlyMean[m] + dailyAmplitude * Math.cos(2 * Math.PI * (hod - 15) / 24.0);
				}
			}
		}
		return t;
	}

	/** Heating degree-hours below {@code base} °C per month, K·h (for the degree-day check). */
	public double[] degreeHours(double base) {
		double[] out = new double[12];
		double[] t = hourly();
		for (int h = 0; h < HOURS; h++) {
			out[monthOf(h)] += Math.max(0, base - t[h]);
		}
		return out;
	}
}
