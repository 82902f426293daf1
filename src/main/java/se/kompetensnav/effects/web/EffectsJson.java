package se.kompetensnav.effects.web;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Writes chart data into data attributes ({@code ${@effectsJson.write(...)}} in templates). */
@Component
class EffectsJson {

	private final JsonMapper json;

	EffectsJson(JsonMapper json) {
		this.json = json;
	}

	public String write(Object value) {
		return json.writeValueAsString(value);
	}
}
