package se.kompetensnav.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in Swedish and English, and every key a template or the code names exists. */
class MessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

	private static final Pattern CODE_KEY = Pattern.compile("\"((?:[a-z]+\\.)+[A-Za-z0-9_\\-]+)\"");

	@Test
	void swedishAndEnglishHaveTheSameKeys() throws IOException {
		for (Resource sv : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
			String name = sv.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			Resource en = sv.createRelative(name.replace(".properties", "_en.properties"));
			assertThat(en.exists()).as("English file for %s", name).isTrue();
			assertThat(load(en).stringPropertyNames()).as("English keys of %s", name)
				.containsExactlyInAnyOrderElementsOf(load(sv).stringPropertyNames());
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = allKeys();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(m.group(1) + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing").isEmpty();
	}

	/**
	 * Message keys named in Java code, e.g. in {@code FieldError.of("field", "validation.required")} or
	 * {@code NavItem.forAll("nav.taxonomy", ...)}: string literals that look like keys of a known prefix.
	 */
	@Test
	void everyKeyUsedInCodeExists() throws IOException {
		Set<String> known = allKeys();
		Set<String> prefixes = new TreeSet<>();
		known.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = CODE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					String key = m.group(1);
					boolean looksLikeKey = prefixes.stream().anyMatch(key::startsWith);
					if (looksLikeKey && !known.contains(key)) {
						missing.add(key + " (" + file.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("message keys used in code but missing").isEmpty();
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
			keys.addAll(load(r).stringPropertyNames());
		}
		return keys;
	}

	private static Properties load(Resource r) throws IOException {
		Properties p = new Properties();
		try (Reader reader = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}
}
