package se.kompetensnav.education;

import java.util.List;

/**
 * Places on courses that lead to an occupation, by the course's municipality and the year the course ends (start
 * date plus its length in weeks): the people who will finish and could take the job. Seats are a ceiling for
 * graduates (the catalogue records no enrolments). Aggregated in the database; open data.
 */
public interface GraduateSupply {

	/**
	 * @param occupationId the occupation the course leads to (JobTech concept id as recorded)
	 * @param municipalityCode the course's kommunkod
	 * @param finishYear the calendar year the course ends
	 * @param seats the seats of the starts that end that year
	 */
	record Graduates(String occupationId, String municipalityCode, int finishYear, long seats) {
	}

	/** Seats by occupation, municipality (starting with {@code areaPrefix}) and finish year, from {@code fromYear}. */
	List<Graduates> graduates(String areaPrefix, int fromYear);
}
