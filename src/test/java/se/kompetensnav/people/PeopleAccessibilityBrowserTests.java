package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.test.BrowserTest;

/** axe-core finds no serious or critical WCAG 2.1 A/AA issue on the people pages. */
class PeopleAccessibilityBrowserTests extends BrowserTest {

	private static String axeSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePeoplePagesHaveNoSeriousAccessibilityIssues() {
		long programme = jdbc.sql("select id from ppl_programme where name = 'Växtzon oändlig (demo)'")
			.query(Long.class).single();
		long participant = jdbc.sql("select min(p.id) from ppl_participant p join app_user u on u.id = p.consultant_id "
				+ "where u.username = 'konsulent' and p.status = 'EXITED' and p.programme_id = ?").param(programme)
			.query(Long.class).single();
		login("konsulent");
		for (String page : new String[] { "/people", "/people/participants/" + participant,
				"/people/participants/new?programmeId=" + programme, "/people/programmes/" + programme,
				"/people/programmes/" + programme + "/esf", "/people/programmes" }) {
			open(page);
			visible(By.tagName("h1"));
			assertThat(seriousViolations()).as("serious or critical axe violations on %s", page).isEmpty();
		}
	}

	private String seriousViolations() {
		JavascriptExecutor js = (JavascriptExecutor) browser();
		browser().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		js.executeScript(axe());
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))
				    .join('\\n')))
				  .catch(e => done('axe failed: ' + e));""");
		return String.valueOf(result);
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			try (InputStream in = PeopleAccessibilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
				assertThat(in).as("axe-core on the test classpath").isNotNull();
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return axeSource;
	}
}
