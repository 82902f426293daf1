package se.kompetensnav.employers;

import org.jspecify.annotations.Nullable;

/**
 * An employer organisation.
 *
 * @param unitId the organisational unit (type EMPLOYER) whose users act for this organisation
 * @param orgNumber NNNNNN-NNNN
 * @param sniCode SNI 2007 code of the main activity, e.g. {@code 24100}
 * @param turnoverMsek annual turnover in million SEK, when given
 * @param municipalityCode kommunkod of the main workplace
 */
public record Organisation(long id, long unitId, String orgNumber, String name, @Nullable String sniCode,
		int employees, @Nullable Double turnoverMsek, SizeClass sizeClass, String municipalityCode,
		boolean greenTransition, boolean demo) {
}
