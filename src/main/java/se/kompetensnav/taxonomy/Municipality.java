package se.kompetensnav.taxonomy;

/**
 * A Swedish municipality.
 *
 * @param code the 4-digit kommunkod; its first two digits are the county code
 * @param conceptId the JobTech concept id used in job ads
 * @param lat the latitude of a point inside the municipality (WGS84)
 */
public record Municipality(String code, String name, String countyCode, String countyName, String conceptId,
		double lat, double lon) {
}
