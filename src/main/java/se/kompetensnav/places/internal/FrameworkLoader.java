package se.kompetensnav.places.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.kompetensnav.places.Framework;

/** Reads the framework and the action library, from the classpath or from a folder an operator points at. */
@Configuration(proxyBeanMethods = false)
class FrameworkLoader {

	@Bean
	Framework placesFramework(PlacesSettings settings) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode fw;
		JsonNode ac;
		try (InputStream f = open(settings, "framework.json"); InputStream a = open(settings, "actions.json")) {
			fw = json.readTree(f);
			ac = json.readTree(a);
		}
		return parse(fw, ac);
	}

	private static InputStream open(PlacesSettings settings, String name) throws IOException {
		if (!settings.frameworkDir().isBlank()) {
			return Files.newInputStream(Path.of(settings.frameworkDir(), name));
		}
		return new ClassPathResource("places/" + name).getInputStream();
	}

	static Framework parse(JsonNode fw, JsonNode ac) {
		List<Framework.Dimension> dims = new ArrayList<>();
		for (JsonNode d : fw.get("dimensions")) {
			List<Framework.Question> qs = new ArrayList<>();
			for (JsonNode q : d.get("questions")) {
				qs.add(new Framework.Question(q.get("key").asString(), q.get("sv").asString(), q.get("en").asString()));
			}
			List<Framework.IndicatorUse> uses = new ArrayList<>();
			for (JsonNode i : d.path("indicators")) {
				uses.add(new Framework.IndicatorUse(i.get("key").asString(), i.path("weight").asDouble(1.0)));
			}
			dims.add(new Framework.Dimension(d.get("key").asString(), d.get("sv").asString(), d.get("en").asString(),
					d.path("target").asDouble(5.0), qs, uses));
		}
		List<Framework.Indicator> inds = new ArrayList<>();
		for (JsonNode i : fw.path("indicators")) {
			JsonNode kpi = i.get("koladaKpi");
			inds.add(new Framework.Indicator(i.get("key").asString(), i.get("sv").asString(), i.get("en").asString(),
					i.path("higherIsBetter").asBoolean(true), i.path("source").asString(""),
					kpi == null || kpi.isNull() ? null : kpi.asString()));
		}
		List<Framework.Action> actions = new ArrayList<>();
		for (JsonNode a : ac.get("actions")) {
			Map<String, Double> relevance = new LinkedHashMap<>();
			a.get("dimensions").properties().forEach(e -> relevance.put(e.getKey(), e.getValue().asDouble()));
			JsonNode ev = a.path("evidence");
			actions.add(new Framework.Action(a.get("key").asString(), a.get("sv").asString(), a.get("en").asString(),
					relevance, a.get("actor").asString(), a.get("cost").asString(), a.get("time").asString(),
					a.get("effect").asInt(), new Framework.Text(ev.path("sv").asString(""), ev.path("en").asString(""))));
		}
		return new Framework(fw.path("version").asString(""), fw.path("source").asString(""),
				fw.path("surveyWeight").asDouble(0.7), fw.path("indicatorWeight").asDouble(0.3), dims, inds, actions,
				ac.path("source").asString(""));
	}
}
