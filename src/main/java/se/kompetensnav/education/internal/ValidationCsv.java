package se.kompetensnav.education.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import se.kompetensnav.common.FieldError;
import se.kompetensnav.common.InvalidInputException;
import se.kompetensnav.education.CourseMode;
import se.kompetensnav.education.StepKind;
import se.kompetensnav.education.ValidationOffer;
import se.kompetensnav.education.ValidationStep;

/**
 * Validation offers as CSV (documented in docs/education.md): one offer a row, the three steps as day and text
 * columns each. Same conventions as {@link CatalogueCsv}. Plain Java.
 */
public final class ValidationCsv {

	public static final List<String> COLUMNS = List.of("provider", "ref", "title", "profile", "occupation", "skills",
			"mappingDays", "mappingText", "assessmentDays", "assessmentText", "recognitionDays", "recognitionText",
			"document", "municipality", "mode", "cost");

	private static final List<String> REQUIRED = List.of("provider", "ref", "title", "profile", "skills", "document",
			"municipality", "mode");

	private static final Map<StepKind, String> PREFIX = Map.of(StepKind.MAPPING, "mapping", StepKind.ASSESSMENT,
			"assessment", StepKind.RECOGNITION, "recognition");

	private ValidationCsv() {
	}

	public static String write(List<ValidationOffer> offers, Function<Long, String> providerCodes) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
			.setRecordSeparator("\n").get())) {
			List<ValidationOffer> sorted = new ArrayList<>(offers);
			sorted.sort(Comparator.comparing((ValidationOffer v) -> providerCodes.apply(v.providerId()))
				.thenComparing(ValidationOffer::ref));
			for (ValidationOffer v : sorted) {
				List<Object> row = new ArrayList<>(List.of(providerCodes.apply(v.providerId()), v.ref(), v.title(),
						v.profile(), v.occupationId() == null ? "" : v.occupationId(), String.join("|", v.skillIds())));
				for (StepKind kind : StepKind.values()) {
					ValidationStep step = v.steps().stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
					row.add(step == null ? "" : Integer.toString(step.days()));
					row.add(step == null ? "" : step.description());
				}
				row.addAll(List.of(v.document(), v.municipalityCode(), v.mode().name(), v.cost().toPlainString()));
				csv.printRecord(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	public static List<ImportRow<ValidationDraft>> read(Reader reader) {
		List<FieldError> errors = new ArrayList<>();
		List<ImportRow<ValidationDraft>> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get().parse(reader)) {
			List<String> header = parser.getHeaderNames();
			header.stream().filter(c -> !COLUMNS.contains(c))
				.forEach(c -> errors.add(FieldError.atLine(1, c, "education.import.unknownColumn", c)));
			REQUIRED.stream().filter(c -> !header.contains(c))
				.forEach(c -> errors.add(FieldError.atLine(1, c, "education.import.missingColumn", c)));
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			int row = 1;
			for (CSVRecord record : parser) {
				row++;
				Map<String, String> v = record.toMap();
				List<ValidationStep> steps = new ArrayList<>();
				for (StepKind kind : StepKind.values()) {
					String days = get(v, PREFIX.get(kind) + "Days");
					String text = get(v, PREFIX.get(kind) + "Text");
					if (days.isEmpty() && text.isEmpty()) {
						continue;
					}
					try {
						steps.add(new ValidationStep(kind, days.isEmpty() ? 0 : Integer.parseInt(days), text));
					}
					catch (NumberFormatException e) {
						errors.add(FieldError.atLine(row, PREFIX.get(kind) + "Days", "validation.number"));
					}
				}
				CourseMode mode = null;
				if (!get(v, "mode").isEmpty()) {
					try {
						mode = CourseMode.valueOf(get(v, "mode").toUpperCase(Locale.ROOT));
					}
					catch (IllegalArgumentException e) {
						errors.add(FieldError.atLine(row, "mode", "validation.unknown", get(v, "mode")));
					}
				}
				BigDecimal cost = BigDecimal.ZERO;
				if (!get(v, "cost").isEmpty()) {
					try {
						cost = new BigDecimal(get(v, "cost").replace(',', '.'));
					}
					catch (NumberFormatException e) {
						errors.add(FieldError.atLine(row, "cost", "validation.number"));
					}
				}
				rows.add(new ImportRow<>(row, get(v, "provider"), new ValidationDraft(get(v, "ref"), get(v, "title"),
						get(v, "profile"), blankToNull(get(v, "occupation")), CatalogueCsv.list(get(v, "skills")), steps,
						get(v, "document"), get(v, "municipality"), mode, cost)));
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

	private static String get(Map<String, String> v, String column) {
		String s = v.get(column);
		return s == null ? "" : s.trim();
	}

	private static @Nullable String blankToNull(String s) {
		return s.isBlank() ? null : s;
	}
}
