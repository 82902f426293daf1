package se.kompetensnav.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kompetensnav.places.internal.PlacesSettings;

/** The Kolada client against a local stub that serves recorded responses in Kolada's v2 format. */
class KoladaClientTests {

	private HttpServer server;

	private final Map<String, String> pages = new ConcurrentHashMap<>();

	private String base;

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			String key = exchange.getRequestURI().toString();
			String body = pages.get(key);
			int status = body == null ? 404 : body.startsWith("HTTP500") ? 500 : 200;
			byte[] bytes = (body == null || status == 500 ? "{\"error\":\"x\"}" : body).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v2";
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private KoladaClient client() {
		return new KoladaClient(new PlacesSettings("", base, 20, 2, 5, 10));
	}

	@Test
	void followsNextPageAndSkipsMissingValues() {
		pages.put("/v2/data/kpi/N00914/municipality/2582,2081/year/2023", """
				{"values":[{"kpi":"N00914","municipality":"2582","period":2023,
				  "values":[{"count":1,"gender":"T","status":"","value":4.2},{"count":1,"gender":"K","status":"","value":9.9}]}],
				 "count":2,"next_page":"%s/data/kpi/N00914/municipality/2582,2081/year/2023?page=2"}""".formatted(base));
		pages.put("/v2/data/kpi/N00914/municipality/2582,2081/year/2023?page=2", """
				{"values":[{"kpi":"N00914","municipality":"2081","period":2023,
				  "values":[{"count":0,"gender":"T","status":"Missing","value":null}]},
				 {"kpi":"N00914","municipality":"2081","period":2022,
				  "values":[{"count":1,"gender":"T","status":"","value":2.5}]}],
				 "count":2}""");
		List<KoladaClient.KpiValue> values = client().values("N00914", List.of("2582", "2081"), List.of(2023));
		assertThat(values).containsExactly(new KoladaClient.KpiValue("N00914", "2582", 2023, 4.2),
				new KoladaClient.KpiValue("N00914", "2081", 2022, 2.5));
	}

	@Test
	void serverErrorIsReportedNotSwallowed() {
		pages.put("/v2/data/kpi/N00914/municipality/2582/year/2023", "HTTP500");
		assertThatThrownBy(() -> client().values("N00914", List.of("2582"), List.of(2023)))
			.isInstanceOf(KoladaClient.KoladaException.class).hasMessageContaining("HTTP 500");
	}

	@Test
	void notJsonIsReported() {
		pages.put("/v2/data/kpi/N00914/municipality/2582/year/2023", "<html>maintenance</html>");
		assertThatThrownBy(() -> client().values("N00914", List.of("2582"), List.of(2023)))
			.isInstanceOf(KoladaClient.KoladaException.class).hasMessageContaining("not JSON");
	}
}
