package se.kompetensnav.energy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.kompetensnav.energy.Climate;
import se.kompetensnav.energy.EnergyParameters;
import se.kompetensnav.parameters.ParameterValue;
import se.kompetensnav.parameters.Parameters;

/**
 * The energy parameters through the shared library ({@link Parameters}); until its implementation is part of the
 * application, the shipped defaults straight from {@code parameters/energy.csv} (a bridge to delete then; it stores
 * nothing). Also the shipped typical-year climate for Luleå/Boden.
 */
@Component
class EnergyValues {

	static final String CLIMATE = "energy/climate-lulea.csv";

	private final ObjectProvider<Parameters> parameters;

	private final Clock clock;

	private final Map<String, ParameterValue> defaults = new HashMap<>();

	private volatile double @org.jspecify.annotations.Nullable [] means;

	private volatile String climateSource = "";

	EnergyValues(ObjectProvider<Parameters> parameters, Clock clock) {
		this.parameters = parameters;
		this.clock = clock;
	}

	Map<String, ParameterValue> snapshot() {
		Parameters library = parameters.getIfAvailable();
		if (library != null) {
			return library.snapshot(EnergyParameters.keys(), LocalDate.now(clock).getYear());
		}
		Map<String, ParameterValue> out = new HashMap<>();
		for (String key : EnergyParameters.keys()) {
			ParameterValue v = shippedDefault(key);
			if (v == null) {
				throw new IllegalStateException("no value for parameter " + key);
			}
			out.put(key, v);
		}
		return out;
	}

	EnergyParameters current() {
		Map<String, Double> values = new HashMap<>();
		snapshot().forEach((k, v) -> values.put(k, v.asDouble()));
		return new EnergyParameters(values);
	}

	Climate climate() {
		double[] m = means;
		if (m == null) {
			double[] means = new double[12];
			String source = "";
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(new ClassPathResource(CLIMATE).getInputStream(), StandardCharsets.UTF_8))) {
				List<String> data = new ArrayList<>();
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					if (line.startsWith("# Source:")) {
						source = line.substring("# Source:".length()).strip();
					}
					else if (!line.startsWith("#") && !line.startsWith("month") && !line.isBlank()) {
						data.add(line);
					}
				}
				for (String line : data) {
					String[] parts = line.split(",");
					means[Integer.parseInt(parts[0].strip()) - 1] = Double.parseDouble(parts[1].strip());
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			climateSource = source;
			this.means = means;
			m = means;
		}
		return current().climate("Luleå/Boden", climateSource, m);
	}

	private synchronized ParameterValue shippedDefault(String key) {
		if (defaults.isEmpty()) {
			try (Reader in = new InputStreamReader(new ClassPathResource("parameters/energy.csv").getInputStream(),
					StandardCharsets.UTF_8)) {
				for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
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
		return defaults.get(key);
	}
}
