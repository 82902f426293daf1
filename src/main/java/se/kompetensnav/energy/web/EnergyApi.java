package se.kompetensnav.energy.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.common.NotFoundException;
import se.kompetensnav.energy.EnergyRegister;
import se.kompetensnav.energy.HeatAllocation;
import se.kompetensnav.energy.HeatDispatch;
import se.kompetensnav.energy.HeatSink;
import se.kompetensnav.energy.HeatSource;
import se.kompetensnav.energy.HourlyProfile;
import se.kompetensnav.energy.HourlyProfileCsv;
import se.kompetensnav.energy.NewSink;
import se.kompetensnav.energy.NewSource;
import se.kompetensnav.energy.SinkReport;

@RestController
@Tag(name = "energy", description = "Residual-heat sources and sinks, and their matching")
@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN','CONSULTANT')")
class EnergyApi {

	private final EnergyRegister register;

	EnergyApi(EnergyRegister register) {
		this.register = register;
	}

	@GetMapping("/api/energy/sources")
	List<HeatSource> sources() {
		return register.sources();
	}

	@PostMapping("/api/energy/sources")
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	@Operation(summary = "Register a heat source",
			description = "A data centre gives itPowerKw and outletTemperature; its heat is delivered at temperature "
					+ "with a heat pump where needed. An impossible lift answers 400 at the field temperature.")
	ResponseEntity<HeatSource> addSource(@RequestBody NewSource source) {
		HeatSource s = register.addSource(source);
		return ResponseEntity.created(URI.create("/api/energy/sources/" + s.id())).body(s);
	}

	@GetMapping("/api/energy/sinks")
	List<HeatSink> sinks() {
		return register.sinks();
	}

	@PostMapping("/api/energy/sinks")
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	@Operation(summary = "Register a heat sink", description = "A greenhouse gives floorArea (its demand comes from "
			+ "the greenhouse model); a work-training site names its programme, places and produce.")
	ResponseEntity<HeatSink> addSink(@RequestBody NewSink sink) {
		HeatSink s = register.addSink(sink);
		return ResponseEntity.created(URI.create("/api/energy/sinks/" + s.id())).body(s);
	}

	@PutMapping(path = "/api/energy/sources/{id}/profile", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	@Operation(summary = "Set a source's hourly profile from CSV (8,760 values, kW)", description = PROFILE)
	HeatSource sourceProfile(@PathVariable long id, @RequestBody String csv) {
		return register.setSourceProfile(id, HourlyProfileCsv.parse(csv, "hourlyProfile"));
	}

	@PutMapping(path = "/api/energy/sources/{id}/profile", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	@Operation(summary = "Set a source's hourly profile from an uploaded CSV file (part file)", description = PROFILE)
	HeatSource sourceProfileFile(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		return register.setSourceProfile(id, HourlyProfileCsv.parse(text(file), "hourlyProfile"));
	}

	@PutMapping(path = "/api/energy/sinks/{id}/profile", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	@Operation(summary = "Set a sink's hourly demand profile from CSV (8,760 values, kW)", description = PROFILE)
	HeatSink sinkProfile(@PathVariable long id, @RequestBody String csv) {
		return register.setSinkProfile(id, HourlyProfileCsv.parse(csv, "hourlyProfile"));
	}

	@PutMapping(path = "/api/energy/sinks/{id}/profile", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('UNIT_MANAGER','ANALYST','ADMIN')")
	@Operation(summary = "Set a sink's hourly demand profile from an uploaded CSV file (part file)",
			description = PROFILE)
	HeatSink sinkProfileFile(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
		return register.setSinkProfile(id, HourlyProfileCsv.parse(text(file), "hourlyProfile"));
	}

	@GetMapping(path = "/api/energy/sources/{id}/profile", produces = "text/csv")
	@Operation(summary = "A source's hourly profile as CSV (hour;kw); 404 when it has none")
	ResponseEntity<String> sourceProfileCsv(@PathVariable long id) {
		return csv(register.sourceProfile(id).orElseThrow(() -> new NotFoundException("hourly profile", id)));
	}

	@GetMapping(path = "/api/energy/sinks/{id}/profile", produces = "text/csv")
	@Operation(summary = "A sink's hourly demand profile as CSV (hour;kw); 404 when it has none")
	ResponseEntity<String> sinkProfileCsv(@PathVariable long id) {
		return csv(register.sinkProfile(id).orElseThrow(() -> new NotFoundException("hourly profile", id)));
	}

	@GetMapping("/api/energy/sources/{id}/allocation")
	@Operation(summary = "One source shared by several sinks, hour by hour",
			description = "rule MERIT_ORDER (cheapest stand-alone match served first) or PROPORTIONAL (split by "
					+ "need when short). Without sink ids: the sinks whose best match the source is. A listed sink "
					+ "the source cannot serve answers 400 at the field sink.")
	HeatAllocation.Result allocation(@PathVariable long id,
			@RequestParam(defaultValue = "MERIT_ORDER") HeatAllocation.Rule rule,
			@RequestParam(name = "sink", required = false) @Nullable List<Long> sinks) {
		return register.allocation(id, rule, sinks == null ? List.of() : sinks);
	}

	@GetMapping("/api/energy/shared-sources")
	@Operation(summary = "Every source that is the best match of two sinks or more, with its allocation")
	List<HeatAllocation.Result> shared(@RequestParam(defaultValue = "MERIT_ORDER") HeatAllocation.Rule rule) {
		return register.sharedSources(rule);
	}

	@GetMapping("/api/energy/dispatch")
	@Operation(summary = "Every source and sink together, with the second-best source as fallback",
			description = "Each source serves the sinks whose best match it is, hour by hour in merit order; a sink "
					+ "left short takes what its second-best source has left after that source's own sinks. Per sink: "
					+ "heat from the best and the second-best source, coverage without and with the second pipe, its "
					+ "investment and cost per MWh; per source: heat to its own sinks and to fallbacks.")
	HeatDispatch.Result dispatch() {
		return register.dispatch();
	}

	private static final String PROFILE = "One value per line, hour 1 first, the last field of a line in kW; an "
			+ "optional header; fields separated by ';' (decimal comma allowed), tab or ','. Exactly 8,760 values of "
			+ "at least 0. A bad file answers 400 with the line of each error and stores nothing.";

	static String text(MultipartFile file) throws IOException {
		return new String(file.getBytes(), StandardCharsets.UTF_8);
	}

	private static ResponseEntity<String> csv(HourlyProfile p) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(p.csv());
	}

	@GetMapping("/api/energy/sinks/{id}/matches")
	@Operation(summary = "The sink's sources ranked by cost per MWh, matched hour by hour, with the ones left out")
	SinkReport matches(@PathVariable long id) {
		return register.matches(id);
	}

	/** Markers, best-match lines and the municipalities to draw, for the register map. */
	@GetMapping("/api/energy/map")
	Map<String, Object> map() {
		List<Map<String, Object>> sources = new ArrayList<>();
		TreeSet<String> municipalities = new TreeSet<>();
		for (HeatSource s : register.sources()) {
			sources.add(Map.of("id", s.id(), "name", s.name(), "lat", s.lat(), "lon", s.lon(), "kind",
					s.kind().name(), "mwh", Math.round(s.annualMwh())));
			municipalities.add(s.municipalityCode());
		}
		List<Map<String, Object>> sinks = new ArrayList<>();
		List<Map<String, Object>> lines = new ArrayList<>();
		for (SinkReport r : register.allMatches()) {
			HeatSink k = r.sink();
			municipalities.add(k.municipalityCode());
			sinks.add(Map.of("id", k.id(), "name", k.name(), "lat", k.lat(), "lon", k.lon(), "kind", k.kind().name(),
					"mwh", Math.round(k.annualMwh()), "training", k.trainingSite()));
			if (!r.ranked().isEmpty()) {
				SinkReport.Match m = r.ranked().getFirst();
				lines.add(Map.of("sinkId", k.id(), "sourceId", m.sourceId(), "from", List.of(m.sourceLat(),
						m.sourceLon()), "to", List.of(k.lat(), k.lon()), "costPerMwh", Math.round(m.costPerMwh()),
						"label", m.sourceName() + " → " + k.name()));
			}
		}
		return Map.of("sources", sources, "sinks", sinks, "matches", lines, "municipalities", municipalities);
	}
}
