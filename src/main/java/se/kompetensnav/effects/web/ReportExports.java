package se.kompetensnav.effects.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.kompetensnav.effects.web.ReportDocument.Cell;
import se.kompetensnav.effects.web.ReportDocument.Fact;
import se.kompetensnav.effects.web.ReportDocument.Table;

/**
 * The report as PDF (OpenPDF) and xlsx (fastexcel): the same facts, tables, assumptions and sources as the page;
 * and its "who pays, who gains" table as CSV (Commons CSV).
 */
final class ReportExports {

	private ReportExports() {
	}

	static byte[] pdf(ReportDocument report) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(report.title());
		doc.addCreator("Kompetensnav");
		doc.open();
		Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
		Font h2 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
		Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
		doc.add(new Paragraph(pdfText(report.title()), h1));
		doc.add(new Paragraph(pdfText(report.lead()), body));
		PdfPTable facts = new PdfPTable(2);
		facts.setWidthPercentage(60);
		facts.setHorizontalAlignment(Element.ALIGN_LEFT);
		facts.setSpacingBefore(8);
		for (Fact f : report.facts()) {
			facts.addCell(cell(f.label(), bold, false));
			facts.addCell(cell(f.value(), body, true));
		}
		doc.add(facts);
		for (Table t : report.tables()) {
			Paragraph heading = new Paragraph(pdfText(t.heading()), h2);
			heading.setSpacingBefore(12);
			doc.add(heading);
			if (t.caption() != null) {
				doc.add(new Paragraph(pdfText(t.caption()), small));
			}
			PdfPTable table = new PdfPTable(t.columns().size());
			table.setWidthPercentage(100);
			table.setSpacingBefore(4);
			table.setHeaderRows(1);
			Font cellFont = t.columns().size() > 6 ? small : body;
			for (String c : t.columns()) {
				PdfPCell header = cell(c, bold, false);
				header.setBackgroundColor(new Color(230, 236, 240));
				table.addCell(header);
			}
			for (List<Cell> row : t.rows()) {
				for (Cell c : row) {
					table.addCell(cell(c.text(), cellFont, c.number() != null));
				}
			}
			doc.add(table);
		}
		doc.close();
		return out.toByteArray();
	}

	/**
	 * The standard PDF fonts (Helvetica, Windows-1252) lack the Unicode minus sign and narrow no-break space that
	 * Swedish number formats use: without this a negative figure would lose its sign in the PDF.
	 */
	static String pdfText(String text) {
		return text.replace('\u2212', '-').replace('\u202f', '\u00a0');
	}

	private static PdfPCell cell(String text, Font font, boolean right) {
		PdfPCell cell = new PdfPCell(new Phrase(pdfText(text), font));
		cell.setPadding(3);
		if (right) {
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		}
		return cell;
	}

	static void xlsx(ReportDocument report, OutputStream out) throws IOException {
		Workbook wb = new Workbook(out, "Kompetensnav", "1.0");
		Worksheet summary = wb.newWorksheet(sheetName(report.title(), 0));
		summary.value(0, 0, report.title());
		summary.style(0, 0).bold().set();
		summary.value(1, 0, report.lead());
		int r = 3;
		for (Fact f : report.facts()) {
			summary.value(r, 0, f.label());
			summary.value(r, 1, f.value());
			r++;
		}
		summary.width(0, 40);
		summary.width(1, 20);
		int n = 1;
		for (Table t : report.tables()) {
			Worksheet ws = wb.newWorksheet(sheetName(t.heading(), n++));
			ws.value(0, 0, t.heading());
			ws.style(0, 0).bold().set();
			int row = 1;
			if (t.caption() != null) {
				ws.value(row++, 0, t.caption());
			}
			for (int c = 0; c < t.columns().size(); c++) {
				ws.value(row, c, t.columns().get(c));
				ws.style(row, c).bold().set();
			}
			row++;
			for (List<Cell> cells : t.rows()) {
				for (int c = 0; c < cells.size(); c++) {
					Cell cell = cells.get(c);
					if (cell.number() != null && c > 0) {
						ws.value(row, c, cell.number());
					}
					else {
						ws.value(row, c, cell.text());
					}
				}
				row++;
			}
			ws.width(0, 36);
		}
		wb.finish();
	}

	/**
	 * One table of the report as CSV (UTF-8, comma-separated, header row): the numbers as plain numbers, so that a
	 * spreadsheet reads them whatever its locale; the first column names the row.
	 */
	static String csv(Table table) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new)).get()
			.print(out)) {
			for (List<Cell> row : table.rows()) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < row.size(); c++) {
					Cell cell = row.get(c);
					values.add(cell.number() != null && c > 0 ? plain(cell.number()) : cell.text());
				}
				csv.printRecord(values);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static String plain(double v) {
		return new java.math.BigDecimal(String.valueOf(v)).stripTrailingZeros().toPlainString();
	}

	/** Sheet names: at most 31 characters, none of []:*?/\ and unique. */
	private static String sheetName(String name, int index) {
		String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		String prefix = index + " ";
		int max = 31 - prefix.length();
		return prefix + (clean.length() > max ? clean.substring(0, max) : clean);
	}
}
