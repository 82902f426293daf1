package se.kompetensnav.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.test.BrowserTest;

/** A consultant's day: enrol, plan, assess twice, exit; the ESF+ report follows. */
class PeopleBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	void type(By by, String text) {
		WebElement e = visible(by);
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
		e.clear();
		e.sendKeys(text);
	}

	void setValue(By by, String value) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", visible(by), value);
	}

	void choose(By by, String value) {
		new Select(visible(by)).selectByValue(value);
	}

	void click(By by) {
		WebElement e = browser().findElement(by);
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
		e.click();
	}

	/**
	 * Opens a form's details by keyboard, as a keyboard user would: Enter on the summary. (A click at the summary's
	 * coordinates raced the layout near the bottom of the participant page once the header became one row.)
	 */
	void openForm(String formId) {
		browser().findElement(By.xpath("//form[@id='" + formId + "']/preceding-sibling::summary")).sendKeys(Keys.ENTER);
		visible(By.id(formId));
	}

	int esfTotal(long programme, String code) {
		String today = LocalDate.now().toString();
		open("/people/programmes/" + programme + "/esf?from=" + today + "&to=" + today);
		return Integer.parseInt(visible(By.cssSelector("#row-" + code + " .total")).getText().trim());
	}

	@Test
	void aConsultantEnrolsPlansAssessesAndExitsAParticipantAndTheEsfReportFollows() {
		// A programme of its own, so that other tests' participants do not move its ESF+ figures.
		String name = "Växtzon webbtest " + UUID.randomUUID().toString().substring(0, 8);
		long unit = jdbc.sql("select id from org_unit where code = 'jobbcenter-boden'").query(Long.class).single();
		jdbc.sql("insert into ppl_programme (name, unit_id, funder, starts_on, places) values (?, ?, 'ESF+', ?, 10)")
			.params(name, unit, java.sql.Date.valueOf(LocalDate.now().minusYears(1))).update();
		long programme = jdbc.sql("select id from ppl_programme where name = ?").param(name).query(Long.class)
			.single();
		login("konsulent");
		assertThat(esfTotal(programme, "EECO01")).isZero();
		assertThat(esfTotal(programme, "EECR02")).isZero();

		open("/people/participants/new?programmeId=" + programme);
		String family = "Webb-" + UUID.randomUUID().toString().substring(0, 8);
		type(By.id("givenName"), "Wilma");
		type(By.id("familyName"), family);
		setValue(By.id("birthDate"), "1998-03-14");
		choose(By.id("gender"), "WOMAN");
		choose(By.id("sunLevel"), "PRE_UPPER_SECONDARY");
		choose(By.id("labourMarketStatus"), "UNEMPLOYED");
		setValue(By.id("unemployedSince"), LocalDate.now().minusMonths(14).toString());
		choose(By.id("incomeSource"), "FORSORJNINGSSTOD");
		click(By.id("tg-LONG_TERM_UNEMPLOYED"));
		choose(By.id("disability"), "DECLINED");
		click(By.id("create-participant"));
		await(ExpectedConditions.textToBe(By.id("participant-name"), "Wilma " + family));
		assertThat(browser().findElement(By.id("participant-status")).getText()).isEqualTo("Inskriven");

		openForm("goal-form");
		type(By.id("goal-title"), "Anställning inom växthusodling");
		click(By.id("goal-kc-kc-5"));
		click(By.id("goal-submit"));
		await(ExpectedConditions.textToBePresentInElementLocated(By.id("goals"), "Anställning inom växthusodling"));

		openForm("activity-form");
		choose(By.id("activity-type"), "INTERNSHIP");
		type(By.id("activity-title"), "Praktik i växthuset");
		type(By.id("activity-hours"), "120");
		choose(By.id("activity-goalId"),
				new Select(browser().findElement(By.id("activity-goalId"))).getOptions().get(1).getAttribute("value"));
		click(By.id("activity-submit"));
		await(ExpectedConditions.textToBePresentInElementLocated(By.id("activities"), "Praktik i växthuset"));

		for (int round = 0; round < 2; round++) {
			openForm("assessment-form");
			setValue(By.id("assessment-assessedOn"), LocalDate.now().minusDays(30 - round * 30L).toString());
			for (int kc = 1; kc <= 8; kc++) {
				choose(By.id("score-kc-" + kc), String.valueOf(2 + round));
			}
			click(By.id("assessment-submit"));
			int rows = round + 1;
			await(d -> d.findElements(By.cssSelector("#assessment-table tbody tr")).size() == rows);
		}
		assertThat(browser().findElements(By.id("radar-chart"))).hasSize(1);
		assertThat(browser().findElement(By.cssSelector("#assessment-table tbody tr:last-child td:last-child")).getText())
			.isEqualTo("3");

		choose(By.id("exit-situation"), "IN_EDUCATION");
		click(By.id("exit-submit"));
		await(ExpectedConditions.textToBe(By.id("participant-status"), "Avslutad"));
		assertThat(browser().findElement(By.id("timeline")).getText()).contains("Utskriven", "Praktik i växthuset");

		assertThat(esfTotal(programme, "EECO01")).isEqualTo(1);
		assertThat(esfTotal(programme, "EECO03")).as("14 months unemployed at 20+").isEqualTo(1);
		assertThat(esfTotal(programme, "EECR02")).isEqualTo(1);
		assertThat(esfTotal(programme, "EECR04")).isZero();
	}
}
