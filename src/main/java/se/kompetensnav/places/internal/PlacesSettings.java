package se.kompetensnav.places.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the places module.
 *
 * @param frameworkDir a folder with framework.json and actions.json to use instead of the shipped ones
 * @param koladaUrl the Kolada API v2 base URL
 * @param comparisonSize how many municipalities a population or density group holds
 * @param minComparisonAssessments how many assessed municipalities in the group make the survey reference their mean
 *     (fewer: the framework's target)
 * @param inquiriesPerHour how many inquiries one address may send an hour through the public form
 * @param apiInquiriesPerMinute how many inquiries one address may send a minute through the JSON API (another
 *     site's back end sends for many people from one address)
 */
@ConfigurationProperties("kompetensnav.places")
public record PlacesSettings(@DefaultValue("") String frameworkDir, @DefaultValue("https://api.kolada.se/v2") String koladaUrl,
		@DefaultValue("20") int comparisonSize, @DefaultValue("2") int minComparisonAssessments,
		@DefaultValue("5") int inquiriesPerHour, @DefaultValue("10") int apiInquiriesPerMinute) {
}
