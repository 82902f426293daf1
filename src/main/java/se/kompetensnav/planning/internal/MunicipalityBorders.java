package se.kompetensnav.planning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The municipalities and their borders from the shipped GeoJSON (open data, see data/municipalities/SOURCE.txt):
 * names for the forms and one feature per municipality for the maps.
 */
@Component
public class MunicipalityBorders {

	/** A municipality as the planning pages list it. */
	public record Entry(String code, String name, double lat, double lon) {
	}

	private static final String FILE = "data/municipalities/swedish_municipalities.geojson.gz";

	private final JsonMapper json = JsonMapper.builder().build();

	private volatile Map<String, JsonNode> features;

	private volatile Map<String, Entry> entries;

	public List<Entry> all() {
		load();
		return entries.values().stream().sorted(Comparator.comparing(Entry::name)).toList();
	}

	public Optional<Entry> find(String code) {
		load();
		return Optional.ofNullable(entries.get(code));
	}

	/** A FeatureCollection holding the municipality's border (empty when unknown). */
	public String borderGeoJson(String code) {
		load();
		JsonNode f = features.get(code);
		return "{\"type\":\"FeatureCollection\",\"features\":[" + (f == null ? "" : json.writeValueAsString(f))
				+ "]}";
	}

	private void load() {
		if (entries != null) {
			return;
		}
		synchronized (this) {
			if (entries != null) {
				return;
			}
			Map<String, JsonNode> f = new LinkedHashMap<>();
			Map<String, Entry> e = new LinkedHashMap<>();
			try (InputStream in = new GZIPInputStream(new ClassPathResource(FILE).getInputStream())) {
				for (JsonNode feature : json.readTree(in).get("features")) {
					JsonNode props = feature.get("properties");
					String code = props.get("id").asString();
					JsonNode point = props.get("geo_point_2d");
					f.put(code, feature);
					e.put(code, new Entry(code, props.get("kom_namn").asString(), point.get(0).asDouble(),
							point.get(1).asDouble()));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			features = f;
			entries = e;
		}
	}
}
