package se.kompetensnav;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Rules about how the code uses its libraries that the compiler cannot check. */
class CodeRulesTests {

	/**
	 * {@code JdbcClient ... query(...).stream()} keeps its connection until the stream is closed; an unclosed one
	 * leaks a pooled connection per call (the pool ran dry in the integration tests once). Use {@code list()},
	 * {@code optional()} or {@code single()}.
	 */
	private static final Pattern UNCLOSED_QUERY_STREAM = Pattern.compile("\\.query\\([^;]*?\\)\\s*\\.stream\\(\\)",
			Pattern.DOTALL);

	@Test
	void noJdbcQueryIsReadAsAnUnclosedStream() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = UNCLOSED_QUERY_STREAM.matcher(Files.readString(file));
				while (m.find()) {
					if (!m.group().contains(".list()")) {
						offenders.add(file.getFileName() + ": " + m.group().replaceAll("\\s+", " "));
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}
}
