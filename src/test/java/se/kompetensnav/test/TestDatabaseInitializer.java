package se.kompetensnav.test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at a database of its own: an in-memory H2 database (the default), or,
 * when the system property {@code kompetensnav.test.database=postgresql} is set (Failsafe's PostgreSQL
 * execution), a fresh schema in PostgreSQL ({@link TestPostgres}). Never touches ./data.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> props = new HashMap<>();
		if (TestPostgres.selected()) {
			props.putAll(TestPostgres.newSchema());
		}
		else {
			props.put("spring.datasource.url",
					"jdbc:h2:mem:kn-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
			props.put("spring.datasource.username", "sa");
			props.put("spring.datasource.password", "");
		}
		try {
			var dir = Files.createTempDirectory("kompetensnav-test");
			dir.toFile().deleteOnExit();
			props.put("kompetensnav.data-dir", dir.toString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", props));
	}
}
