package se.kompetensnav.employers;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the employers module ({@code kompetensnav.employers.*}).
 *
 * @param sekPerEur the exchange rate used to place a turnover given in SEK against the EU SME ceilings (in euro);
 *     an editable value, not a fact of the code (default 11.5, roughly the 2023-2025 average)
 * @param adsUrl where to fetch job ads in the JobTech JobSearch/JobStream JSON format; empty: no URL import
 * @param adsUrlTimeoutSeconds connect and read timeout for that fetch
 */
@ConfigurationProperties("kompetensnav.employers")
public record EmployersSettings(@Nullable Double sekPerEur, @Nullable String adsUrl, @Nullable Integer adsUrlTimeoutSeconds) {

	public double eurRate() {
		return sekPerEur == null ? 11.5 : sekPerEur;
	}

	public int timeoutSeconds() {
		return adsUrlTimeoutSeconds == null ? 30 : adsUrlTimeoutSeconds;
	}

	public boolean hasAdsUrl() {
		return adsUrl != null && !adsUrl.isBlank();
	}
}
