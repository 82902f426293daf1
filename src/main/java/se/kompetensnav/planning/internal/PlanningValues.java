package se.kompetensnav.planning.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.kompetensnav.parameters.ParameterValue;
import se.kompetensnav.parameters.Parameters;

/**
 * Reads parameter values through the shared library ({@link Parameters}). Until the library's implementation is
 * part of the application, the shipped defaults are read straight from {@code parameters/<module>.csv} (version 1):
 * a bridge to delete once {@link Parameters} is always present; it stores nothing.
 */
@Component
class PlanningValues {

	private final ObjectProvider<Parameters> parameters;

	private final Map<String, ParameterValue> defaults = new HashMap<>();

	PlanningValues(ObjectProvider<Parameters> parameters) {
		this.parameters = parameters;
	}

	Map<String, ParameterValue> snapshot(Collection<String> keys, int year) {
		Parameters library = parameters.getIfAvailable();
		if (library != null) {
			return library.snapshot(keys, year);
		}
		Map<String, ParameterValue> out = new LinkedHashMap<>();
		for (String key : keys) {
			ParameterValue v = shippedDefault(key);
			if (v == null) {
				throw new IllegalStateException("no value for parameter " + key);
			}
			out.put(key, v);
		}
		return out;
	}

	private synchronized ParameterValue shippedDefault(String key) {
		if (defaults.isEmpty()) {
			for (String file : new String[] { "parameters/planning.csv", "parameters/energy.csv" }) {
				ClassPathResource resource = new ClassPathResource(file);
				if (!resource.exists()) {
					continue;
				}
				try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
					for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
						.parse(in)) {
						String note = r.get("note");
						defaults.put(r.get("key"), new ParameterValue(r.get("key"), Integer.parseInt(r.get("year")),
								new BigDecimal(r.get("value")), r.get("unit"), r.get("source"),
								note == null || note.isBlank() ? null : note, 1, Instant.EPOCH, "system"));
					}
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return defaults.get(key);
	}
}
