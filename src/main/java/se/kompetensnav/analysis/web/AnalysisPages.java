package se.kompetensnav.analysis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.kompetensnav.analysis.Dashboard;
import se.kompetensnav.analysis.RegionalAnalysis;
import se.kompetensnav.analysis.web.AnalysisTables.Table;
import tools.jackson.databind.json.JsonMapper;

/** The regional dashboard (map, charts, drill-down tables), each view's CSV and xlsx, and the council report. */
@Controller
@PreAuthorize(AnalysisWebConfiguration.ROLES)
class AnalysisPages {

	static final String DASHBOARD = "analysis/dashboard";

	static final List<String> MEASURES = List.of("balance", "supply", "demand", "graduates", "establishmentJobs",
			"population");

	private final RegionalAnalysis analysis;

	private final AnalysisTables tables;

	private final AnalysisExports exports;

	private final JsonMapper json = JsonMapper.builder().build();

	AnalysisPages(RegionalAnalysis analysis, AnalysisTables tables, AnalysisExports exports) {
		this.analysis = analysis;
		this.tables = tables;
		this.exports = exports;
	}

	@GetMapping("/analys")
	String dashboard(@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "") String group,
			@RequestParam(defaultValue = "0") int horizon, @RequestParam(defaultValue = "balance") String measure,
			Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		Dashboard d = analysis.dashboard(area, group, horizon);
		String m = MEASURES.contains(measure) ? measure : "balance";
		Map<String, Table> byView = new LinkedHashMap<>();
		tables.all(d, locale).forEach(t -> byView.put(t.view(), t));
		model.addAttribute("d", d);
		model.addAttribute("tables", byView);
		model.addAttribute("locale", locale);
		model.addAttribute("horizons", RegionalAnalysis.HORIZONS);
		model.addAttribute("measures", MEASURES);
		model.addAttribute("measure", m);
		model.addAttribute("mapData", json.writeValueAsString(mapData(d)));
		model.addAttribute("occupationChart", json.writeValueAsString(occupationChart(d)));
		model.addAttribute("trendChart", json.writeValueAsString(trendChart(d)));
		model.addAttribute("outlookChart", json.writeValueAsString(outlookChart(d)));
		return DASHBOARD;
	}

	/** Kommunkod → the measures, for colouring the map (hidden counts stay null). */
	private static Map<String, Map<String, Object>> mapData(Dashboard d) {
		Map<String, Map<String, Object>> out = new LinkedHashMap<>();
		for (Dashboard.AreaRow r : d.municipalities()) {
			Map<String, Object> v = new LinkedHashMap<>();
			v.put("name", r.name());
			v.put("balance", r.balanceIndex());
			v.put("supply", r.supply());
			v.put("demand", r.demand());
			v.put("graduates", r.graduates());
			v.put("establishmentJobs", r.establishmentJobs());
			v.put("population", r.population());
			out.put(r.code(), v);
		}
		return out;
	}

	private Map<String, Object> occupationChart(Dashboard d) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Dashboard.OccupationRow> top = d.occupations().stream()
			.sorted((a, b) -> Long.compare(b.demand() + (b.supply() == null ? 0 : b.supply()),
					a.demand() + (a.supply() == null ? 0 : a.supply())))
			.limit(12).toList();
		return Map.of("labels", top.stream().map(r -> r.code() + " " + r.label()).toList(), "datasets",
				List.of(dataset(tables.t("analysis.col.supply", locale), top.stream().map(r -> r.supply()).toList()),
						dataset(tables.t("analysis.col.graduates", locale),
								top.stream().map(r -> (Object) r.graduates()).toList()),
						dataset(tables.t("analysis.col.demand", locale),
								top.stream().map(r -> (Object) r.demand()).toList())));
	}

	private Map<String, Object> trendChart(Dashboard d) {
		Locale locale = LocaleContextHolder.getLocale();
		return Map.of("labels", d.trend().years(), "datasets",
				List.of(dataset(tables.t("analysis.col.people", locale), new ArrayList<>(d.trend().people()))));
	}

	private Map<String, Object> outlookChart(Dashboard d) {
		Locale locale = LocaleContextHolder.getLocale();
		int year0 = d.year() - d.horizon();
		return Map.of("labels", d.trend().horizons().stream().map(h -> year0 + h).toList(), "datasets",
				List.of(dataset(tables.t("analysis.col.supplyWithGraduates", locale),
						new ArrayList<>(d.trend().supplyByHorizon())),
						dataset(tables.t("analysis.col.demand", locale),
								new ArrayList<>(d.trend().demandByHorizon()))));
	}

	private static Map<String, Object> dataset(String label, List<?> data) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("label", label);
		m.put("data", data);
		return m;
	}

	@GetMapping("/analys/export/{view}.csv")
	ResponseEntity<byte[]> csv(@PathVariable String view, @RequestParam(defaultValue = "") String area,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "0") int horizon) {
		Locale locale = LocaleContextHolder.getLocale();
		Table t = tables.table(view, analysis.dashboard(area, group, horizon), locale);
		return file(exports.csv(t, locale), "text/csv;charset=UTF-8", view + ".csv");
	}

	@GetMapping("/analys/export/{view}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String view, @RequestParam(defaultValue = "") String area,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "0") int horizon) {
		Locale locale = LocaleContextHolder.getLocale();
		Table t = tables.table(view, analysis.dashboard(area, group, horizon), locale);
		return file(exports.xlsx(t, locale), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				view + ".xlsx");
	}

	@GetMapping("/analys/rapport.pdf")
	ResponseEntity<byte[]> report(@RequestParam(defaultValue = "") String area,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "0") int horizon) {
		return file(exports.report(analysis.dashboard(area, group, horizon), LocaleContextHolder.getLocale()),
				"application/pdf", "kompetensrad.pdf");
	}

	static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}
}
