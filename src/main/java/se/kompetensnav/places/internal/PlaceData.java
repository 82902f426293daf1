package se.kompetensnav.places.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.kompetensnav.places.core.ComparisonGroup;

/**
 * What the shipped municipality files say that places need: names, county, population by year (SCB series
 * 1950-2019) and land area, for comparison groups and the population-trend indicator.
 */
@Component
public class PlaceData {

	static final String POPULATION = "data/municipalities/derived_folkmangd_1950_2019_by_kommunkod.csv.gz";

	static final String AREA = "data/municipalities/Svenska_kommuner_2017_area_population2016.csv.gz";

	/** The newest year of the shipped population series. */
	static final int LAST_YEAR = 2019;

	public record Municipality(String code, String name, String countyCode, Map<Integer, Integer> population, double areaKm2) {

		public int populationIn(int year) {
			return population.getOrDefault(year, 0);
		}

		public ComparisonGroup.Place place() {
			return new ComparisonGroup.Place(code, countyCode, populationIn(LAST_YEAR), areaKm2);
		}
	}

	private final Map<String, Municipality> municipalities;

	public PlaceData() throws IOException {
		Map<String, Double> area = new LinkedHashMap<>();
		for (CSVRecord r : read(AREA)) {
			area.put(r.get("Kod"), Double.parseDouble(r.get("Land").replace(" ", "")));
		}
		Map<String, Municipality> all = new LinkedHashMap<>();
		for (CSVRecord r : read(POPULATION)) {
			Map<Integer, Integer> pop = new LinkedHashMap<>();
			for (int year = 1950; year <= LAST_YEAR; year++) {
				String v = r.isMapped(String.valueOf(year)) ? r.get(String.valueOf(year)) : "";
				if (!v.isBlank()) {
					pop.put(year, Integer.parseInt(v.trim()));
				}
			}
			String code = r.get("kommunkod");
			all.put(code, new Municipality(code, r.get("kommun"), r.get("lan_code"), Collections.unmodifiableMap(pop),
					area.getOrDefault(code, 0.0)));
		}
		this.municipalities = Collections.unmodifiableMap(all);
	}

	private static List<CSVRecord> read(String path) throws IOException {
		try (InputStream in = new GZIPInputStream(new ClassPathResource(path).getInputStream());
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	public Optional<Municipality> municipality(String code) {
		return Optional.ofNullable(municipalities.get(code));
	}

	public List<Municipality> all() {
		return List.copyOf(municipalities.values());
	}

	public String name(String code) {
		return municipality(code).map(Municipality::name).orElse(code);
	}

	/** Population change over the last ten years of the series, in percent. */
	public Map<String, Double> populationTrend10() {
		Map<String, Double> trend = new LinkedHashMap<>();
		for (Municipality m : municipalities.values()) {
			int now = m.populationIn(LAST_YEAR);
			int then = m.populationIn(LAST_YEAR - 10);
			if (now > 0 && then > 0) {
				trend.put(m.code(), (now - then) * 100.0 / then);
			}
		}
		return trend;
	}
}
