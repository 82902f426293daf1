package se.kompetensnav.places.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Image;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.kompetensnav.places.AssessmentReport;
import se.kompetensnav.places.Framework;
import se.kompetensnav.places.core.DimensionScore;
import se.kompetensnav.places.core.Recommendation;

/** The assessment report as PDF: radar and bar charts, the comparison, and the ranked actions with reasons. */
@Component
class PlacesPdf {

	private static final Color MUNICIPALITY = new Color(11, 74, 63);

	private static final Color REFERENCE = new Color(200, 120, 0);

	private final MessageSource messages;

	private final Framework framework;

	private final Reasons reasons;

	PlacesPdf(MessageSource messages, Framework framework, Reasons reasons) {
		this.messages = messages;
		this.framework = framework;
		this.reasons = reasons;
	}

	byte[] render(AssessmentReport report, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter writer = PdfWriter.getInstance(doc, out);
		doc.addTitle(report.assessment().title());
		doc.open();
		Font h1 = new Font(Font.HELVETICA, 18, Font.BOLD);
		Font h2 = new Font(Font.HELVETICA, 13, Font.BOLD);
		Font body = new Font(Font.HELVETICA, 10);
		Font small = new Font(Font.HELVETICA, 8);
		var a = report.assessment();
		doc.add(new Paragraph(msg("places.report.title", locale, a.title()), h1));
		doc.add(new Paragraph(msg("places.report.meta", locale, a.municipalityName(), a.completed(),
				a.respondents().size(), report.comparisonGroup().size()), body));
		doc.add(new Paragraph(msg(report.referenceFromGroup() ? "places.report.referenceGroup"
				: "places.report.referenceTarget", locale, report.assessedInGroup()), small));

		List<Framework.Dimension> dims = framework.dimensions();
		PdfContentByte cb = writer.getDirectContent();
		PdfTemplate radar = cb.createTemplate(260, 240);
		drawRadar(radar, report, dims, locale);
		PdfTemplate bars = cb.createTemplate(260, 240);
		drawBars(bars, report, dims, locale);
		PdfPTable charts = new PdfPTable(2);
		charts.setWidthPercentage(100);
		charts.addCell(imageCell(radar));
		charts.addCell(imageCell(bars));
		charts.setSpacingBefore(10);
		doc.add(charts);
		doc.add(new Paragraph(msg("places.report.legend", locale), small));

		doc.add(new Paragraph(msg("places.report.dimensions", locale), h2));
		PdfPTable table = new PdfPTable(new float[] { 3, 1, 1, 1, 1, 1 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		for (String col : List.of("places.col.dimension", "places.col.score", "places.col.municipality",
				"places.col.industry", "places.col.spread", "places.col.reference")) {
			PdfPCell c = new PdfPCell(new Phrase(msg(col, locale), new Font(Font.HELVETICA, 9, Font.BOLD)));
			c.setBackgroundColor(new Color(230, 236, 234));
			table.addCell(c);
		}
		for (Framework.Dimension d : dims) {
			DimensionScore s = report.scores().get(d.key());
			table.addCell(new Phrase(d.label(locale), body));
			table.addCell(new Phrase(Reasons.num(s.combined(), locale), body));
			table.addCell(new Phrase(s.municipality() == null ? "–" : Reasons.num(s.municipality(), locale), body));
			table.addCell(new Phrase(s.industry() == null ? "–" : Reasons.num(s.industry(), locale), body));
			table.addCell(new Phrase(Reasons.num(s.spread(), locale), body));
			table.addCell(new Phrase(Reasons.num(s.reference(), locale), body));
		}
		doc.add(table);

		doc.add(new Paragraph(msg("places.report.actions", locale), h2));
		for (Recommendation r : report.recommendations().ranked()) {
			Framework.Action action = framework.action(r.action().key()).orElseThrow();
			Paragraph p = new Paragraph();
			p.setSpacingBefore(6);
			p.add(new Chunk(r.rank() + ". " + action.label(locale), new Font(Font.HELVETICA, 11, Font.BOLD)));
			doc.add(p);
			for (String reason : reasons.explain(r, report, locale)) {
				doc.add(new Paragraph("• " + reason, body));
			}
			doc.add(new Paragraph(action.evidence().in(locale), small));
		}
		if (!report.recommendations().alreadyStrong().isEmpty()) {
			doc.add(new Paragraph(msg("places.report.strong", locale), h2));
			for (var s : report.recommendations().alreadyStrong()) {
				doc.add(new Paragraph("• " + framework.action(s.key()).map(x -> x.label(locale)).orElse(s.key()), body));
			}
		}
		doc.add(new Paragraph(msg("places.report.sources", locale), h2));
		doc.add(new Paragraph(framework.source(), small));
		doc.add(new Paragraph(framework.actionSource(), small));
		for (Framework.Indicator i : framework.indicators()) {
			doc.add(new Paragraph(i.label(locale) + ": " + i.source(), small));
		}
		doc.close();
		return out.toByteArray();
	}

	private static PdfPCell imageCell(PdfTemplate t) {
		PdfPCell cell = new PdfPCell(Image.getInstance(t), true);
		cell.setBorder(0);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	private void drawRadar(PdfTemplate t, AssessmentReport report, List<Framework.Dimension> dims, Locale locale) {
		float cx = 130;
		float cy = 115;
		float radius = 80;
		int n = dims.size();
		t.setLineWidth(0.3f);
		t.setColorStroke(Color.LIGHT_GRAY);
		for (int ring = 1; ring <= 7; ring++) {
			polygon(t, n, cx, cy, radius * (ring - 1) / 6f, i -> 1f);
		}
		BaseFont font = font();
		t.beginText();
		t.setFontAndSize(font, 6);
		t.setColorFill(Color.DARK_GRAY);
		for (int i = 0; i < n; i++) {
			double angle = Math.PI / 2 - 2 * Math.PI * i / n;
			float x = (float) (cx + (radius + 12) * Math.cos(angle));
			float y = (float) (cy + (radius + 8) * Math.sin(angle));
			String label = dims.get(i).label(locale);
			t.showTextAligned(Math.cos(angle) < -0.2 ? Element.ALIGN_RIGHT
					: Math.cos(angle) > 0.2 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER, label, x, y, 0);
		}
		t.endText();
		t.setLineWidth(1.2f);
		t.setColorStroke(REFERENCE);
		polygon(t, n, cx, cy, radius, i -> (float) ((report.scores().get(dims.get(i).key()).reference() - 1) / 6));
		t.setColorStroke(MUNICIPALITY);
		polygon(t, n, cx, cy, radius, i -> (float) ((report.scores().get(dims.get(i).key()).combined() - 1) / 6));
	}

	private static void polygon(PdfTemplate t, int n, float cx, float cy, float radius,
			java.util.function.IntFunction<Float> share) {
		for (int i = 0; i <= n; i++) {
			double angle = Math.PI / 2 - 2 * Math.PI * (i % n) / n;
			float r = radius * share.apply(i % n);
			float x = (float) (cx + r * Math.cos(angle));
			float y = (float) (cy + r * Math.sin(angle));
			if (i == 0) {
				t.moveTo(x, y);
			}
			else {
				t.lineTo(x, y);
			}
		}
		t.stroke();
	}

	private void drawBars(PdfTemplate t, AssessmentReport report, List<Framework.Dimension> dims, Locale locale) {
		BaseFont font = font();
		float left = 95;
		float width = 150;
		float rowHeight = 200f / dims.size();
		for (int i = 0; i < dims.size(); i++) {
			DimensionScore s = report.scores().get(dims.get(i).key());
			float y = 225 - (i + 1) * rowHeight;
			t.setColorFill(MUNICIPALITY);
			t.rectangle(left, y + 2, (float) (width * (s.combined() - 1) / 6), rowHeight - 4);
			t.fill();
			t.setColorStroke(REFERENCE);
			t.setLineWidth(1.5f);
			float rx = left + (float) (width * (s.reference() - 1) / 6);
			t.moveTo(rx, y);
			t.lineTo(rx, y + rowHeight);
			t.stroke();
			t.beginText();
			t.setFontAndSize(font, 6.5f);
			t.setColorFill(Color.BLACK);
			t.showTextAligned(Element.ALIGN_RIGHT, dims.get(i).label(locale), left - 4, y + rowHeight / 2 - 2, 0);
			t.endText();
		}
	}

	private static BaseFont font() {
		try {
			return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
