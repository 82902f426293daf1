package se.kompetensnav.energy;

import java.util.List;

/**
 * A sink's matches, cheapest first, and the sources left out with the reason.
 *
 * @param ranked candidates, cheapest cost per MWh first
 */
public record SinkReport(HeatSink sink, List<Match> ranked, List<Left> excluded, int lifetimeYears,
		double discountRate, double maxDistanceKm) {

	/** One ranked source: pipe, investment, losses, energy matched hour by hour, cost per MWh. */
	public record Match(int rank, long sourceId, String sourceName, double sourceLat, double sourceLon,
			double routeKm, double lift, double cop, double designKw, double matchedMwh, double coverage,
			double lossMwh, double investmentSek, double electricityMwh, double costPerMwh) {
	}

	/** A source not matched, and why: OUT_OF_REACH, IMPOSSIBLE_LIFT or NOTHING_MATCHED. */
	public record Left(long sourceId, String sourceName, String reason, double routeKm, double lift) {
	}
}
