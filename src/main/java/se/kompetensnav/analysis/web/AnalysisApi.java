package se.kompetensnav.analysis.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.analysis.Dashboard;
import se.kompetensnav.analysis.RegionalAnalysis;
import se.kompetensnav.taxonomy.MunicipalityBorders;
import se.kompetensnav.taxonomy.Taxonomy;

/** The protected aggregates as JSON: only counts, hidden ones null. */
@RestController
@PreAuthorize(AnalysisWebConfiguration.ROLES)
@Tag(name = "Regional analysis", description = "Supply against demand by occupation (SSYK 1-4) and municipality; "
		+ "aggregates only, counts of people under the disclosure threshold (and those that would reveal them) null")
class AnalysisApi {

	private final RegionalAnalysis analysis;

	private final MunicipalityBorders borders;

	private final Taxonomy taxonomy;

	AnalysisApi(RegionalAnalysis analysis, MunicipalityBorders borders, Taxonomy taxonomy) {
		this.analysis = analysis;
		this.borders = borders;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/api/analysis/dashboard")
	@Operation(summary = "Everything the dashboard shows for an area, an SSYK group and a horizon")
	Dashboard dashboard(
			@Parameter(description = "county code or kommunkod; blank: the county") @RequestParam(defaultValue = "") String area,
			@Parameter(description = "SSYK prefix, 0-4 digits; rows are its sub-groups") @RequestParam(defaultValue = "") String group,
			@Parameter(description = "0, 1, 3 or 5 years") @RequestParam(defaultValue = "0") int horizon) {
		return analysis.dashboard(area, group, horizon);
	}

	@GetMapping("/api/analysis/municipalities")
	@Operation(summary = "The county's municipalities with supply, graduates, demand, balance, establishment jobs "
			+ "and population at the horizon; the county's total last")
	List<Dashboard.AreaRow> municipalities(@RequestParam(defaultValue = "0") int horizon) {
		Dashboard d = analysis.dashboard("", "", horizon);
		return java.util.stream.Stream.concat(d.municipalities().stream(), java.util.stream.Stream.of(d.countyTotal()))
			.toList();
	}

	@GetMapping("/api/analysis/occupations")
	@Operation(summary = "An SSYK group's sub-groups in an area, with the group's total last")
	List<Dashboard.OccupationRow> occupations(@RequestParam(defaultValue = "") String area,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "0") int horizon) {
		Dashboard d = analysis.dashboard(area, group, horizon);
		return java.util.stream.Stream.concat(d.occupations().stream(), java.util.stream.Stream.of(d.groupTotal()))
			.toList();
	}

	@GetMapping("/api/analysis/shortages")
	@Operation(summary = "Shortage and surplus occupations (SSYK-4) in an area at the horizon")
	Lists shortages(@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "0") int horizon) {
		Dashboard d = analysis.dashboard(area, "", horizon);
		return new Lists(d.shortages(), d.surpluses());
	}

	record Lists(List<Dashboard.OccupationRow> shortages, List<Dashboard.OccupationRow> surpluses) {
	}

	@GetMapping("/api/analysis/skills")
	@Operation(summary = "MUST skills needed in an area at the horizon against people in the system holding them")
	List<Dashboard.SkillRow> skills(@RequestParam(defaultValue = "") String area,
			@RequestParam(defaultValue = "0") int horizon) {
		return analysis.dashboard(area, "", horizon).skills();
	}

	@GetMapping(value = "/api/analysis/borders", produces = "application/geo+json")
	@Operation(summary = "The county's municipality borders as one GeoJSON feature collection (WGS84; property id "
			+ "is the kommunkod)")
	ResponseEntity<String> borders() {
		String features = taxonomy.municipalities().stream().filter(m -> m.countyCode().equals(analysis.county()))
			.map(m -> borders.border(m.code()).orElse(null)).filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(","));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
			.body("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
	}
}
