package se.kompetensnav.places;

import java.io.IOException;
import java.io.Reader;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.places.core.ComparisonGroup;
import se.kompetensnav.places.core.Scoring;
import se.kompetensnav.places.internal.PlaceData;
import se.kompetensnav.places.internal.PlacesSettings;

/**
 * Data indicators per municipality: the population trend from the shipped series, and values imported from
 * Kolada or CSV; scored against a comparison group of similar municipalities.
 */
@Service
public class PlaceIndicators {

	public static final String POPULATION_TREND = "population.trend10";

	private final JdbcClient jdbc;

	private final PlaceData data;

	private final Framework framework;

	private final PlacesSettings settings;

	private final Clock clock;

	PlaceIndicators(JdbcClient jdbc, PlaceData data, Framework framework, PlacesSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.data = data;
		this.framework = framework;
		this.settings = settings;
		this.clock = clock;
	}

	PlacesSettings settings() {
		return settings;
	}

	public Optional<String> municipalityName(String code) {
		return data.municipality(code).map(PlaceData.Municipality::name);
	}

	/** Municipalities by code and name, for forms. */
	public Map<String, String> municipalities() {
		Map<String, String> all = new LinkedHashMap<>();
		data.all().stream().sorted(java.util.Comparator.comparing(PlaceData.Municipality::name))
			.forEach(m -> all.put(m.code(), m.name()));
		return all;
	}

	public List<String> comparisonGroup(String code, ComparisonGroup.Basis basis, Set<String> chosen) {
		PlaceData.Municipality target = data.municipality(code).orElseThrow();
		return ComparisonGroup.of(target.place(), data.all().stream().map(PlaceData.Municipality::place).toList(),
				basis, settings.comparisonSize(), chosen);
	}

	/** The latest value of an indicator per municipality. */
	public Map<String, Double> latest(String indicatorKey) {
		Map<String, Double> values = new HashMap<>();
		if (POPULATION_TREND.equals(indicatorKey)) {
			values.putAll(data.populationTrend10());
		}
		jdbc.sql("""
				select v.municipality_code, v.val from place_indicator_value v
				where v.indicator_key = ? and v.period_year = (select max(w.period_year) from place_indicator_value w
				  where w.indicator_key = v.indicator_key and w.municipality_code = v.municipality_code)""")
			.param(indicatorKey).query(rs -> {
				values.put(rs.getString(1), rs.getDouble(2));
			});
		return values;
	}

	Optional<Scoring.IndicatorInput> input(Framework.IndicatorUse use, String code, Collection<String> group) {
		Optional<Framework.Indicator> indicator = framework.indicator(use.key());
		Map<String, Double> values = latest(use.key());
		Double own = values.get(code);
		if (indicator.isEmpty() || own == null) {
			return Optional.empty();
		}
		List<Double> groupValues = group.stream().map(values::get).filter(java.util.Objects::nonNull).toList();
		if (groupValues.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Scoring.IndicatorInput(use.key(), use.weight(), own, groupValues,
				indicator.get().higherIsBetter()));
	}

	/** One imported value. */
	public record Value(String municipalityCode, String indicatorKey, int year, double value, String source) {
	}

	/**
	 * Imports indicator values from CSV with the header {@code kommunkod,indicator,year,value,source}. Every row is
	 * checked first; one bad row imports nothing and the error names its line and column.
	 */
	@Transactional
	public int importCsv(Reader csv) throws IOException {
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
			.parse(csv).getRecords();
		List<FieldError> errors = new ArrayList<>();
		List<Value> values = new ArrayList<>();
		for (CSVRecord r : rows) {
			int line = (int) r.getRecordNumber() + 1;
			String code = get(r, "kommunkod");
			String key = get(r, "indicator");
			if (data.municipality(code).isEmpty()) {
				errors.add(FieldError.atLine(line, "kommunkod", "places.error.municipality", code));
			}
			if (framework.indicator(key).isEmpty()) {
				errors.add(FieldError.atLine(line, "indicator", "validation.unknown", key));
			}
			Integer year = parseInt(get(r, "year"));
			if (year == null || year < 1900 || year > 2100) {
				errors.add(FieldError.atLine(line, "year", "validation.range", 1900, 2100));
			}
			Double value = parseDouble(get(r, "value"));
			if (value == null) {
				errors.add(FieldError.atLine(line, "value", "validation.number"));
			}
			String source = get(r, "source");
			if (source.isBlank()) {
				errors.add(FieldError.atLine(line, "source", "validation.required"));
			}
			if (year != null && value != null) {
				values.add(new Value(code, key, year, value, source));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		store(values);
		return values.size();
	}

	/** Stores values, replacing those of the same municipality, indicator and year. */
	@Transactional
	public void store(List<Value> values) {
		Timestamp now = Timestamp.from(clock.instant());
		for (Value v : values) {
			jdbc.sql("delete from place_indicator_value where municipality_code = ? and indicator_key = ? and period_year = ?")
				.params(v.municipalityCode(), v.indicatorKey(), v.year()).update();
			jdbc.sql("""
					insert into place_indicator_value (municipality_code, indicator_key, period_year, val, source, imported_at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(v.municipalityCode(), v.indicatorKey(), v.year(), v.value(), v.source(), now).update();
		}
	}

	private static String get(CSVRecord r, String column) {
		return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
	}

	private static Integer parseInt(String s) {
		try {
			return Integer.parseInt(s.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Double parseDouble(String s) {
		try {
			return Double.parseDouble(s.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
