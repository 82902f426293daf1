package se.kompetensnav.education.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.education.Course;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.CourseStart;

/**
 * The course catalogue as CSV (documented in docs/education.md): UTF-8, comma separated, one course a row, a header
 * row naming the columns. Lists are separated by {@code |}; a start is {@code YYYY-MM-DD:seats}. Plain Java.
 */
public final class CatalogueCsv {

	public static final List<String> COLUMNS = List.of("provider", "ref", "title", "description", "skills",
			"occupations", "sunLevel", "sunField", "weeks", "hours", "pace", "mode", "municipality", "starts", "cost",
			"swedishLevel", "priorCourses", "language", "shortCourse");

	private static final List<String> REQUIRED = List.of("provider", "ref", "title", "skills", "weeks", "hours",
			"pace", "mode", "municipality", "language");

	private CatalogueCsv() {
	}

	/** Writes courses; {@code providerCodes} gives each provider id's unit code. */
	public static String write(List<Course> courses, Function<Long, String> providerCodes) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
			.setRecordSeparator("\n").get())) {
			List<Course> sorted = new ArrayList<>(courses);
			sorted.sort(Comparator.comparing((Course c) -> providerCodes.apply(c.providerId())).thenComparing(
					Course::ref));
			for (Course c : sorted) {
				csv.printRecord(providerCodes.apply(c.providerId()), c.ref(), c.title(), c.description(),
						String.join("|", c.skillIds()), String.join("|", c.occupationIds()), nz(c.sunLevel()),
						nz(c.sunField()), c.weeks(), c.hours(), c.pace(), c.mode().name(), c.municipalityCode(),
						c.starts().stream().map(s -> s.date() + ":" + s.seats()).collect(Collectors.joining("|")),
						c.cost().toPlainString(), nz(c.swedishLevel()), nz(c.priorCourses()), c.language(),
						c.shortCourse());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	/**
	 * Reads every row; a value that cannot be read (a word where a number belongs, a bad date) is an error naming row
	 * and column. All errors of the file are collected and thrown together; nothing is returned when any exists.
	 */
	public static List<ImportRow<CourseDraft>> read(Reader reader) {
		List<FieldError> errors = new ArrayList<>();
		List<ImportRow<CourseDraft>> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get().parse(reader)) {
			List<String> header = parser.getHeaderNames();
			for (String column : header) {
				if (!COLUMNS.contains(column)) {
					errors.add(FieldError.atLine(1, column.isBlank() ? "?" : column,
							"education.import.unknownColumn", column));
				}
			}
			for (String column : REQUIRED) {
				if (!header.contains(column)) {
					errors.add(FieldError.atLine(1, column, "education.import.missingColumn", column));
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			int row = 1;
			for (CSVRecord record : parser) {
				row++;
				rows.add(new ImportRow<>(row, record.get("provider"), draft(record.toMap(), row, errors)));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
			throw new InvalidInputException(FieldError.atLine(Math.max(1, rows.size() + 1), "file",
					"education.import.unreadable"));
		}
		if (rows.isEmpty()) {
			errors.add(FieldError.atLine(2, "file", "education.import.empty"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return rows;
	}

	private static CourseDraft draft(Map<String, String> v, int row, List<FieldError> errors) {
		return new CourseDraft(get(v, "ref"), get(v, "title"), blankToNull(get(v, "description")),
				list(get(v, "skills")), list(get(v, "occupations")), blankToNull(get(v, "sunLevel")),
				blankToNull(get(v, "sunField")), integer(v, "weeks", row, errors), integer(v, "hours", row, errors),
				integer(v, "pace", row, errors), mode(v, row, errors), get(v, "municipality"),
				starts(v, row, errors), cost(v, row, errors), blankToNull(get(v, "swedishLevel")),
				blankToNull(get(v, "priorCourses")), get(v, "language"), bool(v, "shortCourse", row, errors));
	}

	private static String get(Map<String, String> v, String column) {
		String s = v.get(column);
		return s == null ? "" : s.trim();
	}

	static List<String> list(String s) {
		return Arrays.stream(s.split("\\|")).map(String::trim).filter(x -> !x.isEmpty()).toList();
	}

	private static int integer(Map<String, String> v, String column, int row, List<FieldError> errors) {
		String s = get(v, column);
		if (s.isEmpty()) {
			errors.add(FieldError.atLine(row, column, "validation.required"));
			return 0;
		}
		try {
			return Integer.parseInt(s);
		}
		catch (NumberFormatException e) {
			errors.add(FieldError.atLine(row, column, "validation.number"));
			return 0;
		}
	}

	private static @Nullable CourseMode mode(Map<String, String> v, int row, List<FieldError> errors) {
		String s = get(v, "mode");
		if (s.isEmpty()) {
			return null;
		}
		try {
			return CourseMode.valueOf(s.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(FieldError.atLine(row, "mode", "validation.unknown", s));
			return CourseMode.ON_SITE;
		}
	}

	private static List<CourseStart> starts(Map<String, String> v, int row, List<FieldError> errors) {
		List<CourseStart> result = new ArrayList<>();
		for (String part : list(get(v, "starts"))) {
			String[] ds = part.split(":");
			try {
				result.add(new CourseStart(LocalDate.parse(ds[0].trim()), ds.length > 1 ? Integer.parseInt(ds[1]
					.trim()) : 0));
			}
			catch (DateTimeParseException e) {
				errors.add(FieldError.atLine(row, "starts", "validation.date"));
			}
			catch (NumberFormatException e) {
				errors.add(FieldError.atLine(row, "starts", "validation.number"));
			}
		}
		return result;
	}

	private static BigDecimal cost(Map<String, String> v, int row, List<FieldError> errors) {
		String s = get(v, "cost");
		if (s.isEmpty()) {
			return BigDecimal.ZERO;
		}
		try {
			return new BigDecimal(s.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.add(FieldError.atLine(row, "cost", "validation.number"));
			return BigDecimal.ZERO;
		}
	}

	private static boolean bool(Map<String, String> v, String column, int row, List<FieldError> errors) {
		String s = get(v, column).toLowerCase(Locale.ROOT);
		return switch (s) {
			case "", "false", "nej", "no", "0" -> false;
			case "true", "ja", "yes", "1" -> true;
			default -> {
				errors.add(FieldError.atLine(row, column, "validation.unknown", s));
				yield false;
			}
		};
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static @Nullable String blankToNull(String s) {
		return s.isBlank() ? null : s;
	}
}
