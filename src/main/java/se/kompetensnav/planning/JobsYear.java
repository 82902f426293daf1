package se.kompetensnav.planning;

/**
 * The direct jobs of an establishment in one year of its ramp-up.
 *
 * @param construction construction jobs on site that year (temporary)
 * @param operation operating jobs that year (permanent)
 */
public record JobsYear(int year, double construction, double operation) {

	public double direct() {
		return construction + operation;
	}
}
