package se.kompetensnav.planning;

/**
 * What an establishment means for its municipality in one year and band. Stocks are the level that year (the
 * residents present, the dwellings needed); {@code newDwellings} is the increase over the year before.
 *
 * @param directJobs D, the establishment's own jobs (construction + operation)
 * @param totalJobs J = D × (1 + m)
 * @param localJobs jobs held by people already living in the municipality (drawn from the local labour pool)
 * @param inCommuterJobs jobs held by in-commuters
 * @param moverJobs jobs held by people who move in
 * @param newResidents the movers and their households
 * @param preschoolPlaces preschool places for the new residents' children aged 1-5
 * @param preschoolGroups preschool groups (places / group size)
 * @param schoolF3 school places, förskoleklass to grade 3
 * @param upperSecondary upper secondary places
 * @param doctors physicians the new residents need
 * @param accompanyingLabourSupply working adults among the movers' households beyond the movers themselves
 */
public record YearImpact(int year, Band band, double directJobs, double totalJobs, double localJobs,
		double inCommuterJobs, double moverJobs, double newResidents, double dwellings, double newDwellings,
		double preschoolPlaces, double preschoolGroups, double schoolF3, double school46, double school79,
		double upperSecondary, double doctors, double nurses, double accompanyingLabourSupply) {

	/** School places in compulsory school (förskoleklass to grade 9). */
	public double compulsorySchool() {
		return schoolF3 + school46 + school79;
	}
}
