package se.kompetensnav.parameters.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.common.StartupTask;

/**
 * Loads the defaults every module ships in {@code classpath:parameters/<module>.csv}
 * ({@code key,year,value,unit,source,note}) and inserts each key and year that has no value yet as version 1.
 * Values an admin has changed are never touched, so the task is idempotent and safe on every start.
 */
@Component
class ParameterDefaults implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(ParameterDefaults.class);

	static final String LOCATION = "classpath*:parameters/*.csv";

	static final String[] HEADER = { "key", "year", "value", "unit", "source", "note" };

	private final JdbcParameters parameters;

	private final TransactionTemplate tx;

	ParameterDefaults(JdbcParameters parameters, TransactionTemplate tx) {
		this.parameters = parameters;
		this.tx = tx;
	}

	@Override
	public int order() {
		return 150;
	}

	@Override
	public String name() {
		return "parameter defaults";
	}

	@Override
	public void run() {
		List<Row> rows = new ArrayList<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
			for (Resource file : files) {
				try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
					rows.addAll(read(reader, String.valueOf(file.getFilename())));
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the shipped parameter defaults", e);
		}
		Integer inserted = tx.execute(status -> {
			int n = 0;
			for (Row r : rows) {
				if (parameters.insertDefault(r.key, r.year, r.value, r.unit, r.source, r.note)) {
					n++;
				}
			}
			return n;
		});
		log.info("Parameter defaults: {} rows read, {} inserted", rows.size(), inserted);
	}

	record Row(String key, int year, BigDecimal value, String unit, String source, String note) {
	}

	/** Reads one defaults file; a broken row names its file and line. */
	static List<Row> read(Reader reader, String fileName) throws IOException {
		List<Row> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setSkipHeaderRecord(true)
			.setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
		List<FieldError> errors = new ArrayList<>();
		for (CSVRecord rec : format.parse(reader)) {
			int line = (int) rec.getRecordNumber() + 1;
			if (rec.size() < 5) {
				errors.add(FieldError.atLine(line, fileName, "validation.required"));
				continue;
			}
			try {
				String note = rec.isSet("note") ? rec.get("note") : "";
				rows.add(new Row(rec.get("key"), Integer.parseInt(rec.get("year")), new BigDecimal(rec.get("value")),
						rec.get("unit"), rec.get("source"), note.isBlank() ? null : note));
			}
			catch (NumberFormatException e) {
				errors.add(FieldError.atLine(line, fileName, "validation.number"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return rows;
	}
}
