package se.kompetensnav.taxonomy.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.taxonomy.Municipality;
import se.kompetensnav.taxonomy.MunicipalityBorders;
import se.kompetensnav.taxonomy.Taxonomy;

@RestController
@RequestMapping("/api/municipalities")
@Tag(name = "Municipalities", description = "Sweden's 290 municipalities: codes, JobTech ids, borders (open data)")
class MunicipalityApiController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final Taxonomy taxonomy;

	private final MunicipalityBorders borders;

	MunicipalityApiController(Taxonomy taxonomy, MunicipalityBorders borders) {
		this.taxonomy = taxonomy;
		this.borders = borders;
	}

	record MunicipalityView(String code, String name, String countyCode, String countyName, String conceptId,
			double lat, double lon, Set<String> neighbours, Map<Integer, Integer> population) {
	}

	@GetMapping
	@Operation(summary = "All municipalities: kommunkod, name, county, JobTech concept id, a point inside")
	List<Municipality> all() {
		return taxonomy.municipalities();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One municipality with its neighbours and population 1950-2019")
	MunicipalityView one(@PathVariable String code) {
		Municipality m = taxonomy.municipality(code).orElseThrow(() -> new NotFoundException("municipality", code));
		return new MunicipalityView(m.code(), m.name(), m.countyCode(), m.countyName(), m.conceptId(), m.lat(),
				m.lon(), taxonomy.neighbours(code), taxonomy.population(code));
	}

	@GetMapping("/{code}/border")
	@Operation(summary = "The municipality's border as a GeoJSON feature (WGS84)")
	ResponseEntity<String> border(@PathVariable String code) {
		String feature = borders.border(code).orElseThrow(() -> new NotFoundException("municipality", code));
		return ResponseEntity.ok().contentType(GEO_JSON).body(feature);
	}

	@GetMapping("/borders")
	@Operation(summary = "Every municipality's border as one GeoJSON feature collection (WGS84)")
	ResponseEntity<String> borders() {
		return ResponseEntity.ok().contentType(GEO_JSON).body(borders.all());
	}
}
