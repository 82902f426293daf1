package se.kompetensnav.employers;

import java.util.List;

/**
 * The outcome of one job-ad import.
 *
 * @param received ads in the input
 * @param created new opportunities
 * @param updated opportunities that existed (same ad id) and were brought up to date
 * @param closed opportunities closed because their ad was removed
 * @param ignored removed ads that were never imported
 * @param rejected ads refused, each with the field at fault; nothing of a rejected ad is stored
 */
public record AdImportReport(int received, int created, int updated, int closed, int ignored,
		List<RejectedAd> rejected) {

	public AdImportReport {
		rejected = List.copyOf(rejected);
	}

	/** One problem with one ad: its id (or its position when it has none), the field and a message key. */
	public record RejectedAd(String adId, int position, String field, String code, String text) {
	}
}
