package se.kompetensnav.test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests run against: the server named by {@code kompetensnav.test.pg-url} (CI points it at
 * 127.0.0.1:5432), or else an embedded PostgreSQL started once per JVM, so that a fresh clone anywhere runs the
 * same suite. Every application context gets a fresh schema, dropped when the JVM exits.
 */
public final class TestPostgres {

	private static final List<String> schemas = new CopyOnWriteArrayList<>();

	private static String baseUrl;

	private static String user;

	private static String password;

	private TestPostgres() {
	}

	public static boolean selected() {
		return "postgresql".equals(System.getProperty("kompetensnav.test.database"));
	}

	static synchronized Map<String, Object> newSchema() {
		if (baseUrl == null) {
			start();
		}
		String schema = "kn_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
		try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
			s.execute("create schema " + schema);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create a test schema in " + baseUrl, e);
		}
		schemas.add(schema);
		String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return Map.of("spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password",
				password);
	}

	private static void start() {
		String named = System.getProperty("kompetensnav.test.pg-url", "");
		if (!named.isBlank()) {
			baseUrl = named;
			user = System.getProperty("kompetensnav.test.pg-user", "postgres");
			password = System.getProperty("kompetensnav.test.pg-password", "");
		}
		else {
			try {
				EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
				baseUrl = pg.getJdbcUrl("postgres", "postgres");
				user = "postgres";
				password = "postgres";
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						pg.close();
					}
					catch (IOException ignored) {
						// the process ends anyway
					}
				}));
			}
			catch (IOException e) {
				throw new IllegalStateException("Cannot start an embedded PostgreSQL", e);
			}
		}
		Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropSchemas));
	}

	private static void dropSchemas() {
		try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
			for (String schema : schemas) {
				s.execute("drop schema if exists " + schema + " cascade");
			}
		}
		catch (SQLException ignored) {
			// best effort: an embedded server disappears with the JVM anyway
		}
	}
}
