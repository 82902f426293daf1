package se.kompetensnav.employers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library of function templates shipped as data ({@code employers/function-templates.json}). Plain Java.
 */
public final class FunctionTemplates {

	static final String RESOURCE = "/employers/function-templates.json";

	private static final List<FunctionTemplate> SHIPPED = load();

	private FunctionTemplates() {
	}

	public static List<FunctionTemplate> all() {
		return SHIPPED;
	}

	public static Optional<FunctionTemplate> byKey(String key) {
		return SHIPPED.stream().filter(t -> t.key().equals(key)).findFirst();
	}

	private static List<FunctionTemplate> load() {
		try (InputStream in = FunctionTemplates.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IOException("missing " + RESOURCE);
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<FunctionTemplate> list = new ArrayList<>();
			for (JsonNode t : root.path("templates")) {
				List<SkillRequirement> skills = new ArrayList<>();
				for (JsonNode s : t.path("skills")) {
					skills.add(new SkillRequirement(s.path("id").asString(),
							Importance.valueOf(s.path("importance").asString()), s.path("level").asInt()));
				}
				list.add(new FunctionTemplate(t.path("key").asString(), t.path("sector").asString(),
						t.path("title").asString(), t.path("occupationId").asString(),
						NeedReason.valueOf(t.path("reason").asString()), List.copyOf(skills)));
			}
			return List.copyOf(list);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
