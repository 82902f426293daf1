package se.kompetensnav.analysis.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param county the county the analysis covers (two-digit code; Norrbotten 25)
 * @param threshold counts of people below this are hidden (disclosure control)
 * @param balanceMargin a cell is a shortage at index <= -margin and a surplus at index >= margin
 */
@ConfigurationProperties("kompetensnav.analysis")
public record AnalysisSettings(String county, int threshold, double balanceMargin) {

	public AnalysisSettings {
		if (county == null || county.isBlank()) {
			county = "25";
		}
		if (threshold <= 0) {
			threshold = 5;
		}
		if (balanceMargin <= 0) {
			balanceMargin = 0.2;
		}
	}
}
