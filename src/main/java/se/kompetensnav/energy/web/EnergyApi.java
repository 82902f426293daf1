package se.kompetensnav.energy.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.energy.EnergyRegister;
import se.kompetensnav.energy.HeatSink;
import se.kompetensnav.energy.HeatSource;
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
