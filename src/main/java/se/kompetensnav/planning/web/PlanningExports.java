package se.kompetensnav.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import se.kompetensnav.planning.Band;
import se.kompetensnav.planning.Scenario;
import se.kompetensnav.planning.UsedParameter;
import se.kompetensnav.planning.YearImpact;

/** A scenario's results (every year and band) with its assumptions, as CSV, xlsx and PDF. */
@Component
class PlanningExports {

	record Column(String key, ToDoubleFunction<YearImpact> value) {
	}

	static final List<Column> COLUMNS = List.of(new Column("planning.col.direct", YearImpact::directJobs),
			new Column("planning.col.total", YearImpact::totalJobs),
			new Column("planning.col.localJobs", YearImpact::localJobs),
			new Column("planning.col.inCommuters", YearImpact::inCommuterJobs),
			new Column("planning.col.movers", YearImpact::moverJobs),
			new Column("planning.col.residents", YearImpact::newResidents),
			new Column("planning.col.dwellings", YearImpact::dwellings),
			new Column("planning.col.newDwellings", YearImpact::newDwellings),
			new Column("planning.col.preschool", YearImpact::preschoolPlaces),
			new Column("planning.col.groups", YearImpact::preschoolGroups),
			new Column("planning.col.f3", YearImpact::schoolF3), new Column("planning.col.g46", YearImpact::school46),
			new Column("planning.col.g79", YearImpact::school79),
			new Column("planning.col.upperSecondary", YearImpact::upperSecondary),
			new Column("planning.col.doctors", YearImpact::doctors),
			new Column("planning.col.nurses", YearImpact::nurses),
			new Column("planning.col.supply", YearImpact::accompanyingLabourSupply));

	private final MessageSource messages;

	PlanningExports(MessageSource messages) {
		this.messages = messages;
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private List<String> header(Locale locale) {
		List<String> h = new ArrayList<>(List.of(t("planning.col.year", locale), t("planning.col.band", locale)));
		COLUMNS.forEach(c -> h.add(t(c.key(), locale)));
		return h;
	}

	private List<String> assumptionHeader(Locale locale) {
		return List.of(t("planning.col.parameter", locale), t("planning.col.year", locale),
				t("planning.col.value", locale), t("planning.col.unit", locale), t("planning.col.source", locale),
				t("planning.col.version", locale));
	}

	private List<String> assumption(UsedParameter p, Locale locale) {
		return List.of(p.key(), String.valueOf(p.year()), String.valueOf(p.value()), p.unit(),
				p.overridden() ? t("planning.overridden", locale) : p.source(), String.valueOf(p.version()));
	}

	private String band(Band b, Locale locale) {
		return t("planning.band." + b.name().toLowerCase(Locale.ROOT), locale);
	}

	byte[] csv(Scenario s, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
			csv.printRecord(t("planning.export.scenario", locale), s.establishmentName() + ": " + s.name(),
					s.municipalityName());
			csv.printRecord(header(locale));
			for (Band b : Band.values()) {
				for (YearImpact y : s.results().get(b)) {
					List<Object> row = new ArrayList<>(List.of(y.year(), band(b, locale)));
					COLUMNS.forEach(c -> row.add(round(c.value().applyAsDouble(y))));
					csv.printRecord(row);
				}
			}
			csv.println();
			csv.printRecord(t("planning.assumptions.heading", locale));
			csv.printRecord(assumptionHeader(locale));
			for (UsedParameter p : s.parameters()) {
				csv.printRecord(assumption(p, locale));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	byte[] xlsx(Scenario s, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "Kompetensnav", "1.0")) {
			Worksheet ws = wb.newWorksheet(t("planning.export.results", locale));
			List<String> h = header(locale);
			for (int c = 0; c < h.size(); c++) {
				ws.value(0, c, h.get(c));
			}
			int r = 1;
			for (Band b : Band.values()) {
				for (YearImpact y : s.results().get(b)) {
					ws.value(r, 0, y.year());
					ws.value(r, 1, band(b, locale));
					for (int c = 0; c < COLUMNS.size(); c++) {
						ws.value(r, c + 2, round(COLUMNS.get(c).value().applyAsDouble(y)));
					}
					r++;
				}
			}
			Worksheet as = wb.newWorksheet(t("planning.assumptions.heading", locale));
			List<String> ah = assumptionHeader(locale);
			for (int c = 0; c < ah.size(); c++) {
				as.value(0, c, ah.get(c));
			}
			int ar = 1;
			for (UsedParameter p : s.parameters()) {
				List<String> row = assumption(p, locale);
				for (int c = 0; c < row.size(); c++) {
					as.value(ar, c, row.get(c));
				}
				ar++;
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	byte[] pdf(Scenario s, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
		PdfWriter.getInstance(doc, out);
		doc.open();
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
		doc.add(new Paragraph(s.establishmentName() + " – " + s.municipalityName() + " (" + s.name() + ")", title));
		doc.add(new Paragraph(t("planning.table.caption", locale), small));
		List<String> h = header(locale);
		PdfPTable table = new PdfPTable(h.size());
		table.setWidthPercentage(100);
		h.forEach(x -> table.addCell(new Phrase(x, small)));
		for (Band b : Band.values()) {
			for (YearImpact y : s.results().get(b)) {
				table.addCell(new Phrase(String.valueOf(y.year()), small));
				table.addCell(new Phrase(band(b, locale), small));
				COLUMNS.forEach(c -> table.addCell(new Phrase(String.valueOf(round(c.value().applyAsDouble(y))),
						small)));
			}
		}
		doc.add(table);
		doc.add(new Paragraph(t("planning.assumptions.heading", locale), title));
		for (UsedParameter p : s.parameters()) {
			doc.add(new Paragraph(String.join(" · ", assumption(p, locale)), small));
		}
		doc.close();
		return out.toByteArray();
	}

	/** One decimal: enough for care staff, exact for whole numbers. */
	static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
