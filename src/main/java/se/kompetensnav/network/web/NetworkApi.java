package se.kompetensnav.network.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.kompetensnav.network.Actor;
import se.kompetensnav.network.ActorForm;
import se.kompetensnav.network.Network;
import se.kompetensnav.network.Post;

/** The actor directory as open data (CSV and JSON with a JSON Schema) and the profile API. */
@RestController
@Tag(name = "network", description = "The cluster network: actor directory and profiles")
class NetworkApi {

	/** The directory's columns, in order; the JSON uses the same names (docs/network.md). */
	static final List<String> COLUMNS = List.of("id", "name", "kind", "municipality_code", "website", "email",
			"description", "needs", "offers", "demo");

	private final Network network;

	NetworkApi(Network network) {
		this.network = network;
	}

	@GetMapping(value = "/api/network/directory.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The actor directory (open data)",
			description = "One object per actor; schema at /api/network/directory.schema.json")
	Map<String, Object> directoryJson() {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("format", "kompetensnav-network-directory");
		doc.put("version", 1);
		doc.put("schema", "/api/network/directory.schema.json");
		doc.put("actors", rows());
		return doc;
	}

	@GetMapping(value = "/api/network/directory.csv", produces = "text/csv")
	@Operation(summary = "The actor directory as CSV (RFC 4180, UTF-8, header row; needs and offers separated by ' | ')")
	ResponseEntity<String> directoryCsv() throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
			for (Map<String, Object> row : rows()) {
				csv.printRecord(COLUMNS.stream().map(c -> {
					Object v = row.get(c);
					return v instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(" | "))
							: v;
				}).toList());
			}
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aktorskatalog.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(out.toString());
	}

	@GetMapping(value = "/api/network/directory.schema.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "JSON Schema of the directory")
	ResponseEntity<String> schema() throws IOException {
		try (InputStream in = NetworkApi.class.getResourceAsStream("/network/directory.schema.json")) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
				.body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	@PutMapping("/api/network/actors/{id}")
	@Operation(summary = "Change an actor's profile",
			description = "Only the actor's own users (or an admin): otherwise 403. A bad field answers 400 naming it.")
	Actor update(@PathVariable long id, @RequestBody ActorForm form) {
		return network.updateActor(id, form);
	}

	private List<Map<String, Object>> rows() {
		List<Post> posts = network.posts(null);
		return network.actors().stream().map(a -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", a.id());
			m.put("name", a.name());
			m.put("kind", a.kind().name());
			m.put("municipality_code", a.municipalityCode());
			m.put("website", a.website());
			m.put("email", a.email());
			m.put("description", a.description());
			m.put("needs", titles(posts, a, se.kompetensnav.network.PostDirection.NEED));
			m.put("offers", titles(posts, a, se.kompetensnav.network.PostDirection.OFFER));
			m.put("demo", a.demo());
			return m;
		}).toList();
	}

	private static List<String> titles(List<Post> posts, Actor a, se.kompetensnav.network.PostDirection d) {
		return posts.stream().filter(p -> p.actorId() == a.id() && p.direction() == d).map(Post::title).toList();
	}
}
