package se.kompetensnav.people.esf;

import java.time.LocalDate;
import java.util.List;

/** The ESF+ common indicators of a programme for a period. */
public record EsfReport(String programme, LocalDate from, LocalDate to, List<IndicatorRow> indicators) {

	public IndicatorRow indicator(String code) {
		return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}
}
