package se.kompetensnav.analysis.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import se.kompetensnav.analysis.Dashboard;
import se.kompetensnav.analysis.web.AnalysisTables.Table;

/** A view's table as CSV or xlsx, and the council report (every table) as PDF. */
@Component
class AnalysisExports {

	private final AnalysisTables tables;

	AnalysisExports(AnalysisTables tables) {
		this.tables = tables;
	}

	byte[] csv(Table table, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
			csv.printRecord(table.header());
			for (List<String> row : table.text(locale)) {
				csv.printRecord(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	byte[] xlsx(Table table, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "Kompetensnav", "1.0")) {
			Worksheet ws = wb.newWorksheet(table.view());
			for (int c = 0; c < table.header().size(); c++) {
				ws.value(0, c, table.header().get(c));
			}
			for (int r = 0; r < table.rows().size(); r++) {
				List<Object> cells = table.rows().get(r).cells();
				for (int c = 0; c < cells.size(); c++) {
					Object v = cells.get(c);
					if (v instanceof Double d) {
						ws.value(r + 1, c, Math.round(d * 100) / 100.0);
					}
					else if (v instanceof Number n) {
						ws.value(r + 1, c, n);
					}
					else {
						ws.value(r + 1, c, AnalysisTables.display(v, locale));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The council report: headline, every table of the dashboard, and how small counts were protected. */
	byte[] report(Dashboard d, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 32, 32, 32, 32);
		PdfWriter.getInstance(doc, out);
		doc.open();
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
		doc.add(new Paragraph(tables.t("analysis.report.title", locale, d.areaName(), d.year()), title));
		doc.add(new Paragraph(tables.t("analysis.report.intro", locale, d.horizon(), d.threshold()), body));
		for (Table table : tables.all(d, locale)) {
			Paragraph p = new Paragraph(table.title(), heading);
			p.setSpacingBefore(10);
			p.setSpacingAfter(4);
			doc.add(p);
			if (table.rows().isEmpty()) {
				doc.add(new Paragraph(tables.t("analysis.empty", locale), body));
				continue;
			}
			PdfPTable t = new PdfPTable(table.header().size());
			t.setWidthPercentage(100);
			t.setHeaderRows(1);
			table.header().forEach(h -> t.addCell(new Phrase(h, small)));
			table.text(locale).forEach(row -> row.forEach(c -> t.addCell(new Phrase(c, small))));
			doc.add(t);
		}
		doc.add(new Paragraph(tables.t("analysis.suppression.note", locale, d.threshold()), small));
		doc.close();
		return out.toByteArray();
	}
}
