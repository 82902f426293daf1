package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.test.BrowserTest;

/** A consultant corrects a participant's details and records their skills, picked from the taxonomy. */
class PeopleEditBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	void type(By by, String text) {
		WebElement e = visible(by);
		scroll(e);
		e.clear();
		e.sendKeys(text);
	}

	void scroll(WebElement e) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
	}

	void setValue(By by, String value) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", visible(by), value);
	}

	void choose(By by, String value) {
		WebElement e = visible(by);
		scroll(e);
		new Select(e).selectByValue(value);
	}

	void click(By by) {
		WebElement e = browser().findElement(by);
		scroll(e);
		e.click();
	}

	@Test
	void aConsultantEditsAParticipantsSkillsAndBadInputStoresNothing() {
		String name = "Redigeringstest " + UUID.randomUUID().toString().substring(0, 8);
		long unit = jdbc.sql("select id from org_unit where code = 'jobbcenter-boden'").query(Long.class).single();
		jdbc.sql("insert into ppl_programme (name, unit_id, funder, starts_on, places) values (?, ?, 'ESF+', ?, 10)")
			.params(name, unit, java.sql.Date.valueOf(LocalDate.now().minusYears(1))).update();
		long programme = jdbc.sql("select id from ppl_programme where name = ?").param(name).query(Long.class)
			.single();
		login("konsulent");
		open("/people/participants/new?programmeId=" + programme);
		String family = "Kompetens-" + UUID.randomUUID().toString().substring(0, 8);
		type(By.id("givenName"), "Karin");
		type(By.id("familyName"), family);
		setValue(By.id("birthDate"), "1988-02-03");
		choose(By.id("gender"), "WOMAN");
		choose(By.id("labourMarketStatus"), "INACTIVE");
		choose(By.id("incomeSource"), "SJUKPENNING");
		click(By.id("create-participant"));
		await(ExpectedConditions.textToBe(By.id("participant-name"), "Karin " + family));
		long id = jdbc.sql("select id from ppl_participant where family_name = ?").param(family).query(Long.class)
			.single();

		click(By.id("edit-participant"));
		visible(By.id("edit-form"));
		assertThat(seriousViolations()).as("axe on the edit page").isEmpty();

		// Bad input: a birth date in the future and a skill typed but not picked. Messages at the fields, nothing stored.
		type(By.id("givenName"), "Kajsa");
		setValue(By.id("birthDate"), LocalDate.now().plusDays(3).toString());
		type(By.id("skillSearch"), "xyzzy");
		choose(By.id("newSkill-level"), "3");
		click(By.id("save-participant"));
		assertThat(visible(By.id("birthDate-error")).getText()).isEqualTo("Födelsedatumet ligger i framtiden.");
		assertThat(visible(By.id("skillSearch-error")).getText()).contains("Välj en kompetens");
		assertThat(browser().findElement(By.id("birthDate")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(jdbc.sql("select given_name from ppl_participant where id = ?").param(id).query(String.class)
			.single()).isEqualTo("Karin");
		assertThat(jdbc.sql("select count(*) from ppl_skill where participant_id = ?").param(id).query(Integer.class)
			.single()).isZero();
		assertThat(seriousViolations()).as("axe on the edit page with errors").isEmpty();

		// Pick a skill from the taxonomy's suggestions, with level and how it was acquired.
		setValue(By.id("birthDate"), "1988-02-03");
		type(By.id("skillSearch"), "heta arbeten");
		WebElement option = visible(By.cssSelector("#skillSearch-listbox [role=option]"));
		String label = option.findElement(By.tagName("span")).getText();
		option.click();
		await(d -> !d.findElement(By.id("newSkill-conceptId")).getAttribute("value").isEmpty());
		choose(By.id("newSkill-level"), "4");
		choose(By.id("newSkill-acquired"), "VALIDATED");
		click(By.id("save-participant"));
		await(ExpectedConditions.textToBe(By.id("participant-name"), "Kajsa " + family));
		assertThat(visible(By.id("participant-skills")).getText()).contains(label, "nivå 4", "Validerad");
		assertThat(jdbc.sql("select skill_level || ' ' || acquired from ppl_skill where participant_id = ?").param(id)
			.query(String.class).single()).isEqualTo("4 VALIDATED");

		// Change the level of the skill now in the table.
		click(By.id("edit-participant"));
		choose(By.id("skill-0-level"), "5");
		click(By.id("save-participant"));
		await(ExpectedConditions.textToBePresentInElementLocated(By.id("participant-skills"), "nivå 5"));
		assertThat(jdbc.sql("select count(*) from audit_log where action = 'UPDATE' and subject_type = 'participant' "
				+ "and subject_id = ? and details like '%skills%'").param(String.valueOf(id)).query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theProgrammeFormAndTheSamplePagesHaveNoSeriousAccessibilityIssues() {
		long programme = jdbc.sql("select id from ppl_programme where name = 'Växtzon oändlig (demo)'")
			.query(Long.class).single();
		login("chef");
		for (String page : new String[] { "/people/programmes/new", "/people/programmes/" + programme + "/edit",
				"/people/programmes/" + programme + "/esf/samples", "/people/programmes" }) {
			open(page);
			visible(By.tagName("h1"));
			assertThat(seriousViolations()).as("serious or critical axe violations on %s", page).isEmpty();
		}
	}
}
