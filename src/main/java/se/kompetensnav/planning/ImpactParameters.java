package se.kompetensnav.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number the impact model uses. Values come from the parameter library (keys {@code planning.<name>}, see
 * {@link #NAMES}); the model itself holds no figures.
 *
 * @param multiplierLow local multiplier m, low band (induced local jobs per direct job)
 * @param shareLocal share of all jobs filled by people already living in the municipality
 * @param shareInCommuters share filled by people who commute in from other municipalities
 * @param shareMovers share filled by people who move to the municipality
 * @param householdSize persons per mover household (the mover and those who move with them)
 * @param agePreschool share of new residents aged 1-5
 * @param ageF3 share aged 6-9 (förskoleklass to grade 3)
 * @param age46 share aged 10-12 (grades 4-6)
 * @param age79 share aged 13-15 (grades 7-9)
 * @param ageUpperSecondary share aged 16-18 (gymnasieskola)
 * @param ageWorking share aged 20-64
 * @param preschoolEnrolment share of 1-5 year-olds enrolled in preschool
 * @param preschoolGroupSize children per preschool group
 * @param upperSecondaryEnrolment share of 16-18 year-olds in upper secondary school
 * @param personsPerDwelling persons per dwelling
 * @param doctorsPer100k physicians per 100,000 inhabitants
 * @param nursesPer100k nurses per 100,000 inhabitants
 * @param employmentRate employment rate of working-age adults (for the accompanying adults' labour supply)
 */
public record ImpactParameters(double multiplierLow, double multiplierCentral, double multiplierHigh,
		double shareLocal, double shareInCommuters, double shareMovers, double householdSize, double agePreschool,
		double ageF3, double age46, double age79, double ageUpperSecondary, double ageWorking,
		double preschoolEnrolment, double preschoolGroupSize, double upperSecondaryEnrolment,
		double personsPerDwelling, double doctorsPer100k, double nursesPer100k, double employmentRate) {

	/** The parameter names in component order; the library key is {@code planning.} + name. */
	public static final List<String> NAMES = List.of("multiplier_low", "multiplier_central", "multiplier_high",
			"share_local", "share_in_commuters", "share_movers", "household_size", "age_share_1_5",
			"age_share_6_9", "age_share_10_12", "age_share_13_15", "age_share_16_18", "age_share_20_64",
			"preschool_enrolment", "preschool_group_size", "upper_secondary_enrolment", "persons_per_dwelling",
			"doctors_per_100k", "nurses_per_100k", "employment_rate");

	/** The module prefix of the library keys. */
	public static final String PREFIX = "planning" + ".";

	public static List<String> keys() {
		return NAMES.stream().map(n -> PREFIX + n).toList();
	}

	/** Builds the parameters from values by library key; throws naming the first missing key. */
	public static ImpactParameters fromKeys(Map<String, Double> byKey) {
		double[] v = new double[NAMES.size()];
		for (int i = 0; i < v.length; i++) {
			Double value = byKey.get(PREFIX + NAMES.get(i));
			if (value == null) {
				throw new IllegalArgumentException("missing parameter " + PREFIX + NAMES.get(i));
			}
			v[i] = value;
		}
		return new ImpactParameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
				v[13], v[14], v[15], v[16], v[17], v[18], v[19]);
	}

	/** The values by library key, in {@link #NAMES} order. */
	public Map<String, Double> byKey() {
		double[] v = { multiplierLow, multiplierCentral, multiplierHigh, shareLocal, shareInCommuters, shareMovers,
				householdSize, agePreschool, ageF3, age46, age79, ageUpperSecondary, ageWorking, preschoolEnrolment,
				preschoolGroupSize, upperSecondaryEnrolment, personsPerDwelling, doctorsPer100k, nursesPer100k,
				employmentRate };
		Map<String, Double> map = new LinkedHashMap<>();
		for (int i = 0; i < v.length; i++) {
			map.put(PREFIX + NAMES.get(i), v[i]);
		}
		return map;
	}

	public double multiplier(Band band) {
		return switch (band) {
			case LOW -> multiplierLow;
			case CENTRAL -> multiplierCentral;
			case HIGH -> multiplierHigh;
		};
	}
}
