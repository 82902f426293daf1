package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.test.BrowserTest;

/** axe-core finds no serious or critical WCAG 2.1 A/AA issue on the people pages. */
class PeopleAccessibilityBrowserTests extends BrowserTest {


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

}
