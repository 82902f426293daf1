package se.kompetensnav.places;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.kompetensnav.places.internal.PlacesSettings;

/**
 * Reads municipal key figures from Kolada's read-only JSON API v2:
 * {@code GET /v2/data/kpi/{KPI}/municipality/{IDS}/year/{YEARS}}, following {@code next_page} until the last page.
 * Values that Kolada reports as missing (null) are left out; the total for both genders ({@code T}) is used.
 */
@Component
public class KoladaClient {

	/** Kolada answered with an error or something that is not its format. */
	public static class KoladaException extends RuntimeException {

		public KoladaException(String message, Throwable cause) {
			super(message, cause);
		}

		public KoladaException(String message) {
			super(message);
		}
	}

	/** One value: a KPI for a municipality and year. */
	public record KpiValue(String kpi, String municipality, int year, double value) {
	}

	private static final int MAX_PAGES = 1000;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NORMAL).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final PlacesSettings settings;

	KoladaClient(PlacesSettings settings) {
		this.settings = settings;
	}

	public List<KpiValue> values(String kpi, Collection<String> municipalities, Collection<Integer> years) {
		return values(settings.koladaUrl(), kpi, municipalities, years);
	}

	public List<KpiValue> values(String baseUrl, String kpi, Collection<String> municipalities,
			Collection<Integer> years) {
		if (!kpi.matches("[A-Za-z0-9]+") || municipalities.isEmpty() || years.isEmpty()) {
			throw new IllegalArgumentException("a KPI id, municipalities and years are needed");
		}
		String url = baseUrl.replaceAll("/+$", "") + "/data/kpi/" + kpi + "/municipality/"
				+ String.join(",", municipalities) + "/year/"
				+ String.join(",", years.stream().map(String::valueOf).toList());
		List<KpiValue> result = new ArrayList<>();
		for (int page = 0; url != null; page++) {
			if (page >= MAX_PAGES) {
				throw new KoladaException("Kolada: more than " + MAX_PAGES + " pages");
			}
			JsonNode body = get(url);
			for (JsonNode entry : body.path("values")) {
				String municipality = entry.path("municipality").asString("");
				int year = entry.path("period").asInt();
				for (JsonNode v : entry.path("values")) {
					JsonNode value = v.get("value");
					if ("T".equals(v.path("gender").asString("T")) && value != null && value.isNumber()) {
						result.add(new KpiValue(entry.path("kpi").asString(kpi), municipality, year, value.asDouble()));
					}
				}
			}
			JsonNode next = body.get("next_page");
			url = next == null || next.isNull() || next.asString("").isBlank() ? null : next.asString();
		}
		return result;
	}

	private JsonNode get(String url) {
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
				.header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new KoladaException("Kolada could not be reached: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new KoladaException("interrupted", e);
		}
		if (response.statusCode() != 200) {
			throw new KoladaException("Kolada answered HTTP " + response.statusCode() + " for " + url);
		}
		try {
			return json.readTree(response.body());
		}
		catch (JacksonException e) {
			throw new KoladaException("Kolada's answer is not JSON: " + e.getOriginalMessage(), e);
		}
	}
}
