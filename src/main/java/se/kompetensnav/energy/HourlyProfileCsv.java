package se.kompetensnav.energy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;

/**
 * Reads an hourly profile from CSV text: 8,760 data lines, hour 1 first; the last field of each line is the value
 * in kW (other fields, such as a timestamp or an hour number, are ignored). An optional header line (its last field
 * not a number) is skipped, as are blank lines. Fields are separated by semicolons (then a decimal comma is allowed,
 * as Swedish spreadsheets write it), tabs, or commas (then only a decimal point). Every value must be a number of at
 * least 0. Errors name the line (1-based, counting every line of the file); at most {@value #MAX_ERRORS} are
 * reported, and the count last. Nothing is returned unless the whole file is right.
 */
public final class HourlyProfileCsv {

	/** Errors reported at most (the file is refused as a whole anyway). */
	public static final int MAX_ERRORS = 20;

	private static final Pattern LETTERS = Pattern.compile(".*\\p{L}.*");

	private HourlyProfileCsv() {
	}

	/** @param field the field errors are reported at (e.g. {@code hourlyProfile}) */
	public static HourlyProfile parse(String text, String field) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String[] lines = body.split("\\R", -1);
		String delimiter = body.indexOf(';') >= 0 ? ";" : body.indexOf('\t') >= 0 ? "\t" : ",";
		boolean decimalComma = !",".equals(delimiter);
		List<FieldError> errors = new ArrayList<>();
		double[] values = new double[Climate.HOURS];
		int count = 0;
		boolean seenData = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] fields = line.split(Pattern.quote(delimiter), -1);
			String raw = fields[fields.length - 1].strip().replace("\"", "").replace(" ", "").replace("\u00a0", "");
			if (decimalComma) {
				raw = raw.replace(',', '.');
			}
			Double v = number(raw);
			if (!seenData && v == null && LETTERS.matcher(raw).matches()) {
				seenData = true;
				continue;
			}
			seenData = true;
			if (v == null || v < 0 || v.isInfinite()) {
				if (errors.size() < MAX_ERRORS) {
					errors.add(FieldError.atLine(i + 1, field, "energy.validation.profile.value",
							fields[fields.length - 1].strip()));
				}
			}
			else if (count < values.length) {
				values[count] = v;
			}
			count++;
		}
		if (count != Climate.HOURS) {
			errors.add(FieldError.of(field, "energy.validation.profile.count", count, Climate.HOURS));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new HourlyProfile(values);
	}

	private static @org.jspecify.annotations.Nullable Double number(String raw) {
		if (raw.isEmpty()) {
			return null;
		}
		try {
			double d = Double.parseDouble(raw);
			return Double.isNaN(d) ? null : d;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
