package se.kompetensnav.employers.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import se.kompetensnav.employers.RegionalDemand;
import se.kompetensnav.employers.TaxonomyFiles;

/** Regional training needs, demand side: ranked occupations and skills by horizon, as a page, xlsx and PDF. */
@Controller
@RequestMapping("/employers/demand")
@PreAuthorize("hasAnyRole('ADMIN','ANALYST','UNIT_MANAGER','CONSULTANT')")
class DemandPages {

	private final RegionalDemand demand;

	private final MessageSource messages;

	DemandPages(RegionalDemand demand, MessageSource messages) {
		this.demand = demand;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable String area, @RequestParam(defaultValue = "3") int horizon,
			Model model) {
		int h = RegionalDemand.HORIZONS.contains(horizon) ? horizon : 3;
		List<RegionalDemand.DemandLine> occupations = demand.ranked(area, h, false);
		List<RegionalDemand.DemandLine> skills = demand.ranked(area, h, true);
		model.addAttribute("area", area == null ? "" : area);
		model.addAttribute("horizon", h);
		model.addAttribute("horizons", RegionalDemand.HORIZONS);
		model.addAttribute("occupations", occupations);
		model.addAttribute("skills", skills);
		model.addAttribute("areas", areas());
		List<RegionalDemand.DemandLine> top = occupations.stream().limit(10).toList();
		model.addAttribute("chartLabels", String.join("|", top.stream().map(RegionalDemand.DemandLine::label).toList()));
		model.addAttribute("chartValues", String.join(",", top.stream().map(l -> String.valueOf(l.at(h))).toList()));
		return "employers/demand";
	}

	@GetMapping(value = "/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String area,
			@RequestParam(defaultValue = "3") int horizon) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "Kompetensnav", "1.0");
		sheet(wb.newWorksheet(text("employers.demand.occupations")), demand.ranked(area, horizon, false));
		sheet(wb.newWorksheet(text("employers.demand.skills")), demand.ranked(area, horizon, true));
		wb.finish();
		return file(out.toByteArray(), "kompetensbehov.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping(value = "/export.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String area,
			@RequestParam(defaultValue = "3") int horizon) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		PdfWriter.getInstance(doc, out);
		doc.open();
		doc.add(new Paragraph(text("employers.demand.title"), new Font(Font.HELVETICA, 16, Font.BOLD)));
		doc.add(new Paragraph(text("employers.demand.supplyLater"), new Font(Font.HELVETICA, 9)));
		for (boolean skills : new boolean[] { false, true }) {
			doc.add(new Paragraph(" "));
			doc.add(new Paragraph(text(skills ? "employers.demand.skills" : "employers.demand.occupations"),
					new Font(Font.HELVETICA, 12, Font.BOLD)));
			PdfPTable table = new PdfPTable(new float[] { 4, 1, 1, 1, 1, 6 });
			table.setWidthPercentage(100);
			for (String head : headers()) {
				PdfPCell cell = new PdfPCell(new Phrase(head, new Font(Font.HELVETICA, 9, Font.BOLD)));
				cell.setBackgroundColor(new Color(230, 230, 230));
				table.addCell(cell);
			}
			Font f = new Font(Font.HELVETICA, 9);
			for (RegionalDemand.DemandLine l : demand.ranked(area, horizon, skills)) {
				table.addCell(new Phrase(l.label(), f));
				for (int v : l.byHorizon()) {
					table.addCell(new Phrase(String.valueOf(v), f));
				}
				table.addCell(new Phrase(String.join(", ", l.employers()), f));
			}
			doc.add(table);
		}
		doc.close();
		return file(out.toByteArray(), "kompetensbehov.pdf", "application/pdf");
	}

	private void sheet(Worksheet ws, List<RegionalDemand.DemandLine> lines) {
		List<String> headers = headers();
		for (int c = 0; c < headers.size(); c++) {
			ws.value(0, c, headers.get(c));
			ws.style(0, c).bold().set();
		}
		int r = 1;
		for (RegionalDemand.DemandLine l : lines) {
			ws.value(r, 0, l.label());
			for (int i = 0; i < l.byHorizon().size(); i++) {
				ws.value(r, 1 + i, l.byHorizon().get(i));
			}
			ws.value(r, 5, String.join(", ", l.employers()));
			ws.value(r, 6, l.conceptId());
			r++;
		}
	}

	private List<String> headers() {
		return List.of(text("employers.demand.what"), text("employers.need.now"), text("employers.need.y1"),
				text("employers.need.y3"), text("employers.need.y5"), text("employers.demand.employers"));
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.parseMediaType(type)).body(body);
	}

	/** The counties and municipalities to choose from: code -> name, counties first. */
	static Map<String, String> areas() {
		Map<String, String> out = new TreeMap<>();
		TaxonomyFiles.shared().municipalities().forEach((code, name) -> {
			out.put(code, name);
		});
		Map<String, String> result = new java.util.LinkedHashMap<>();
		result.put("25", "Norrbottens län");
		result.put("24", "Västerbottens län");
		out.entrySet().stream().filter(e -> e.getKey().startsWith("25") || e.getKey().startsWith("24"))
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}
}
