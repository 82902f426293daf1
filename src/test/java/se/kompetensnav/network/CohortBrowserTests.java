package se.kompetensnav.network;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetensnav.network.CohortFixtures.PROCESS_INDUSTRY;
import static se.kompetensnav.network.CohortFixtures.participant;
import static se.kompetensnav.network.CohortFixtures.share;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.BrowserTest;

class CohortBrowserTests extends BrowserTest {

	/** The other must-haves of the green-steel process operator template. */
	static final List<String> OPERATOR_SKILLS = List.of(PROCESS_INDUSTRY, "AQtr_C7f_Dyt", "MMfW_4Tt_uDu");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;



	@Test
	void anEmployerAsksForTwelveProcessOperatorsInBodenAndTheProviderAcceptsTheCoursePart() throws Exception {
		// Fourteen process operators whose consultant has shared them for matching, with consent.
		MockHttpSession consultant = CohortFixtures.login(mvc, "konsulent");
		for (int i = 0; i < 14; i++) {
			share(mvc, consultant, participant(mvc, jdbc, consultant, OPERATOR_SKILLS));
		}

		login("arbetsgivare");
		open("/cohorts");
		browser().findElement(By.id("plan-cohort")).sendKeys(Keys.ENTER);
		new Select(visible(By.id("source-template"))).selectByVisibleText("Processoperatör, fossilfri ståltillverkning");
		browser().findElement(By.id("choose-source")).sendKeys(Keys.ENTER);
		visible(By.id("cohort-form"));
		assertThat(browser().findElement(By.id("occupation")).getText()).isEqualTo("Processoperatör smältverk");
		// Safety work is a requirement too: tick it.
		WebElement label = browser().findElement(By.xpath("//label[text()='Systematiskt arbetsmiljöarbete/SAM']"));
		WebElement box = browser().findElement(By.id(label.getAttribute("for")));
		if (!box.isSelected()) {
			box.sendKeys(Keys.SPACE);
		}
		browser().findElement(By.id("cohort-headcount")).sendKeys("12");
		assertThat(new Select(browser().findElement(By.id("cohort-municipalityCode"))).getFirstSelectedOption()
			.getText()).isEqualTo("Boden");
		// Start in eight weeks is the form's default.
		assertThat(browser().findElement(By.id("cohort-startDate")).getAttribute("value"))
			.isEqualTo(java.time.LocalDate.now().plusWeeks(8).toString());
		browser().findElement(By.id("propose")).sendKeys(Keys.ENTER);

		visible(By.id("cohort-status"));
		String cohortUrl = browser().getCurrentUrl();
		assertThat(browser().findElement(By.id("cohort-status")).getText()).isEqualTo("Föreslagen");
		assertThat(browser().findElement(By.id("cohort-headcount")).getText()).isEqualTo("12");
		assertThat(browser().findElements(By.cssSelector("#shortlist tbody tr"))).hasSizeGreaterThanOrEqualTo(12);
		WebElement course = browser().findElement(By.xpath(
				"//tr[@data-party='PROVIDER'][td[text()='Arbetsmiljö och säkerhet i industrin']]"));
		assertThat(course.findElement(By.className("part-status")).getText()).isEqualTo("Väntar på svar");
		assertThat(seriousViolations()).isEmpty();

		browser().manage().deleteAllCookies();
		login("utbildare");
		browser().get(cohortUrl);
		WebElement row = visible(By.xpath(
				"//tr[@data-party='PROVIDER'][td[text()='Arbetsmiljö och säkerhet i industrin']]"));
		new Select(row.findElement(By.name("status"))).selectByValue("ACCEPTED");
		row.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
		await(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
				"//tr[@data-party='PROVIDER'][td[text()='Arbetsmiljö och säkerhet i industrin']]//span[@class='part-status']"),
				"Accepterad"));
		// The provider sees the shortlist anonymised only.
		assertThat(browser().findElement(By.id("shortlist")).getText()).doesNotContain("Kohorttest");
	}
}
