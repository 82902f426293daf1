package se.kompetensnav.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.IntegrationTest;

/** The shell: start page per role, the public about page, and friendly error pages over real HTTP. */
@IntegrationTest
class ShellIntegrationTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private MockHttpSession login(String username) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", "demo").with(csrf()))
			.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
	}

	private String home(String username) throws Exception {
		return mvc.perform(get("/").session(login(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void theStartPageShowsEachRoleItsIntroductionAndEntryPoints() throws Exception {
		String chef = home("chef");
		assertThat(chef).contains("data-role=\"UNIT_MANAGER\"", "loggkontroll", "href=\"/audit\"")
			.doesNotContain("data-role=\"CONSULTANT\"", "href=\"/admin/users\"");
		String admin = home("admin");
		assertThat(admin).contains("data-role=\"ADMIN\"", "href=\"/admin/users\"", "href=\"/admin/units\"",
				"href=\"/audit\"");
		String konsulent = home("konsulent");
		assertThat(konsulent).contains("data-role=\"CONSULTANT\"", "Dina deltagare")
			.doesNotContain("href=\"/audit\"", "href=\"/admin/units\"");
		assertThat(home("analytiker")).contains("data-role=\"ANALYST\"", "Utbud och efterfrågan");
		assertThat(home("arbetsgivare")).contains("data-role=\"EMPLOYER\"", "kompetensbehov");
		assertThat(home("utbildare")).contains("data-role=\"PROVIDER\"", "utbildningar");
	}

	/** The main menu (the header's nav element) of the start page, as the user sees it. */
	private String menu(String html) {
		return html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
	}

	@Test
	void theMainMenuShowsAGroupToTheRolesThatSeeItsEntriesAndALinkWhenOnlyOneIsVisible() throws Exception {
		// A consultant: participants as a menu of two, administration reduced to the one entry (parameters).
		String konsulent = menu(home("konsulent"));
		assertThat(konsulent).contains("id=\"nav-group-participants\"", "data-bs-toggle=\"dropdown\"",
				"aria-expanded=\"false\"", "Deltagare", "href=\"/people\"", "href=\"/people/programmes\"",
				"data-nav-group=\"ADMINISTRATION\"", "href=\"/parameters\"")
			.doesNotContain("id=\"nav-group-administration\"", "href=\"/admin/users\"");
		// An admin: the administration menu; participants is one link (programmes), not a menu.
		String admin = menu(home("admin"));
		assertThat(admin).contains("id=\"nav-group-administration\"", "Administration", "href=\"/admin/users\"",
				"href=\"/admin/units\"", "href=\"/audit\"", "data-nav-group=\"PARTICIPANTS\"")
			.doesNotContain("id=\"nav-group-participants\"", "href=\"/people\"");
		// Signed out: no menus for signed-in entries at all, the open entries as plain links.
		String anonymous = menu(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(anonymous).contains("data-nav-group=\"EDUCATION\"", "href=\"/taxonomy\"",
				"href=\"/platser/kommuner\"")
			.doesNotContain("data-nav-group=\"PARTICIPANTS\"", "data-nav-group=\"ADMINISTRATION\"",
					"data-nav-group=\"EMPLOYERS\"", "dropdown-toggle");
		// The current page is marked, in its menu, on the entry itself.
		String programmes = menu(mvc.perform(get("/people/programmes").session(login("konsulent")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(programmes).containsPattern("href=\"/people/programmes\"[^>]*aria-current=\"page\"")
			.doesNotContainPattern("href=\"/people\"[^>]*aria-current");
	}

	@Test
	void theAboutPageIsPublicAndNamesTheSources() throws Exception {
		String sv = mvc.perform(get("/om")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(sv).contains("Om Kompetensnav", "JobTech", "Arbetsförmedlingen",
				"This service uses the ESCO classification of the European Commission", "okfse/sweden-geojson",
				"grannkommuner", "popu-sweden");
		String en = mvc.perform(get("/om").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(en).contains("About Kompetensnav", "Data sources",
				"This service uses the ESCO classification of the European Commission");
	}

	@Test
	void aForbiddenPageRendersTheFriendlyPageAndAForbiddenApiCallAProblem() throws Exception {
		String token = token("konsulent");
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/users"))
			.header("Authorization", "Bearer " + token).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("<h1>Ingen behörighet</h1>", "skip-link");

		HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit"))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.body()).contains("\"status\":403");
	}

	@Test
	void aMissingPageRendersTheFriendly404() throws Exception {
		String token = token("admin");
		for (String path : new String[] { "/no-such-page", "/admin/units/987654321" }) {
			HttpResponse<String> page = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
						.header("Authorization", "Bearer " + token).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("<h1>Sidan finns inte</h1>");
		}
	}

	private String token(String username) throws Exception {
		String body = mvc.perform(post("/api/tokens").session(login(username)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"shell test\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}
}
