package se.kompetensnav.effects.model;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The shipped defaults (parameters/effects.csv) for a year, read the way the library reads them. */
final class ShippedRates {

	private ShippedRates() {
	}

	static Rates forYear(int year) {
		Map<String, Double> values = new HashMap<>();
		Map<String, Integer> yearOf = new HashMap<>();
		try (Reader reader = new InputStreamReader(
				ShippedRates.class.getResourceAsStream("/parameters/effects.csv"), StandardCharsets.UTF_8)) {
			CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
				.setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
			for (CSVRecord rec : format.parse(reader)) {
				String key = rec.get("key");
				int y = Integer.parseInt(rec.get("year"));
				if (y <= year && y >= yearOf.getOrDefault(key, Integer.MIN_VALUE)) {
					yearOf.put(key, y);
					values.put(key, Double.parseDouble(rec.get("value")));
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return new Rates(year, values);
	}
}
