package se.kompetensnav.planning;

import java.util.ArrayList;
import java.util.List;

import se.kompetensnav.common.FieldError;

/** The rules the model's inputs must keep; each broken rule names the field it concerns. */
public final class ImpactValidation {

	private static final double EPS = 1e-6;

	private ImpactValidation() {
	}

	/** Ramp-up: jobs are not negative; years are distinct. Fields are {@code construction[i]}/{@code operation[i]}. */
	public static List<FieldError> rampUp(List<JobsYear> rampUp) {
		List<FieldError> errors = new ArrayList<>();
		if (rampUp.isEmpty()) {
			errors.add(FieldError.of("rampUp", "planning.validation.rampUp"));
		}
		java.util.Set<Integer> seen = new java.util.HashSet<>();
		for (int i = 0; i < rampUp.size(); i++) {
			JobsYear y = rampUp.get(i);
			if (y.construction() < 0 || Double.isNaN(y.construction())) {
				errors.add(FieldError.of("construction[" + i + "]", "planning.validation.jobs"));
			}
			if (y.operation() < 0 || Double.isNaN(y.operation())) {
				errors.add(FieldError.of("operation[" + i + "]", "planning.validation.jobs"));
			}
			if (y.year() < 1900 || y.year() > 2200) {
				errors.add(FieldError.of("year[" + i + "]", "planning.validation.year"));
			}
			else if (!seen.add(y.year())) {
				errors.add(FieldError.of("year[" + i + "]", "planning.validation.yearTwice"));
			}
		}
		return errors;
	}

	/** Parameters: shares within 0-100 % adding up to 100 %, ordered non-negative bands, positive divisors. */
	public static List<FieldError> parameters(ImpactParameters p) {
		List<FieldError> errors = new ArrayList<>();
		share(errors, "shareLocal", p.shareLocal());
		share(errors, "shareInCommuters", p.shareInCommuters());
		share(errors, "shareMovers", p.shareMovers());
		if (errors.isEmpty() && Math.abs(p.shareLocal() + p.shareInCommuters() + p.shareMovers() - 1) > 1e-3) {
			errors.add(FieldError.of("shareMovers", "planning.validation.sharesSum"));
		}
		if (p.multiplierLow() < 0) {
			errors.add(FieldError.of("multiplierLow", "planning.validation.negative"));
		}
		if (p.multiplierCentral() < p.multiplierLow() - EPS) {
			errors.add(FieldError.of("multiplierCentral", "planning.validation.bandOrder"));
		}
		if (p.multiplierHigh() < p.multiplierCentral() - EPS) {
			errors.add(FieldError.of("multiplierHigh", "planning.validation.bandOrder"));
		}
		if (p.householdSize() < 1) {
			errors.add(FieldError.of("householdSize", "planning.validation.atLeastOne"));
		}
		double ages = p.agePreschool() + p.ageF3() + p.age46() + p.age79() + p.ageUpperSecondary() + p.ageWorking();
		for (double a : new double[] { p.agePreschool(), p.ageF3(), p.age46(), p.age79(), p.ageUpperSecondary(),
				p.ageWorking(), p.preschoolEnrolment(), p.upperSecondaryEnrolment(), p.employmentRate() }) {
			if (a < 0 || a > 1) {
				errors.add(FieldError.of("ageProfile", "planning.validation.share"));
				break;
			}
		}
		if (ages > 1 + EPS) {
			errors.add(FieldError.of("ageProfile", "planning.validation.agesSum"));
		}
		if (p.preschoolGroupSize() <= 0) {
			errors.add(FieldError.of("preschoolGroupSize", "planning.validation.positive"));
		}
		if (p.personsPerDwelling() <= 0) {
			errors.add(FieldError.of("personsPerDwelling", "planning.validation.positive"));
		}
		if (p.doctorsPer100k() < 0 || p.nursesPer100k() < 0) {
			errors.add(FieldError.of("care", "planning.validation.negative"));
		}
		return errors;
	}

	private static void share(List<FieldError> errors, String field, double v) {
		if (Double.isNaN(v) || v < 0 || v > 1 + EPS) {
			errors.add(FieldError.of(field, "planning.validation.share"));
		}
	}
}
