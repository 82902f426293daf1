package se.kompetensnav.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The establishment impact chain, per year and band (see docs/planning.md for the formulas and sources):
 * <ol>
 * <li>total jobs J = D × (1 + m);</li>
 * <li>J split into local, in-commuter and mover jobs by shares;</li>
 * <li>new residents = mover jobs × household size;</li>
 * <li>residents by age band → preschool places and groups, school places by grade band;</li>
 * <li>dwellings = residents / persons per dwelling, new dwellings = increase over the previous year;</li>
 * <li>physicians and nurses per 100,000 residents; accompanying labour supply = working-age residents × employment
 * rate − mover jobs (not below 0).</li>
 * </ol>
 * Plain Java without state: safe to share between threads.
 */
public final class ImpactModel {

	private ImpactModel() {
	}

	/** One band over the ramp-up, in year order. */
	public static List<YearImpact> run(List<JobsYear> rampUp, ImpactParameters p, Band band) {
		List<JobsYear> years = new ArrayList<>(rampUp);
		years.sort(Comparator.comparingInt(JobsYear::year));
		List<YearImpact> out = new ArrayList<>(years.size());
		double m = p.multiplier(band);
		double previousDwellings = 0;
		for (JobsYear y : years) {
			YearImpact r = year(y.year(), band, y.direct(), m, p, previousDwellings);
			previousDwellings = r.dwellings();
			out.add(r);
		}
		return out;
	}

	/** All three bands. */
	public static Map<Band, List<YearImpact>> runAll(List<JobsYear> rampUp, ImpactParameters p) {
		Map<Band, List<YearImpact>> out = new EnumMap<>(Band.class);
		for (Band b : Band.values()) {
			out.put(b, run(rampUp, p, b));
		}
		return out;
	}

	static YearImpact year(int year, Band band, double direct, double m, ImpactParameters p,
			double previousDwellings) {
		double total = totalJobs(direct, m);
		double local = total * p.shareLocal();
		double inCommuters = total * p.shareInCommuters();
		double movers = total * p.shareMovers();
		double residents = movers * p.householdSize();
		double preschoolPlaces = residents * p.agePreschool() * p.preschoolEnrolment();
		double groups = preschoolPlaces / p.preschoolGroupSize();
		double dwellings = residents / p.personsPerDwelling();
		double supply = Math.max(0, residents * p.ageWorking() * p.employmentRate() - movers);
		return new YearImpact(year, band, direct, total, local, inCommuters, movers, residents, dwellings,
				Math.max(0, dwellings - previousDwellings), preschoolPlaces, groups, residents * p.ageF3(),
				residents * p.age46(), residents * p.age79(), residents * p.ageUpperSecondary()
						* p.upperSecondaryEnrolment(), residents * p.doctorsPer100k() / 100_000,
				residents * p.nursesPer100k() / 100_000, supply);
	}

	/** J = D × (1 + m). */
	public static double totalJobs(double direct, double multiplier) {
		return direct * (1 + multiplier);
	}
}
