package se.kompetensnav.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetensnav.matching.MatchingFixtures.MUST;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.kompetensnav.test.BrowserTest;

/** A consultant finds a participant's matches and shares them; the employer then sees the anonymised candidate. */
class MatchingBrowserTests extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	void click(By by) {
		WebElement e = visible(by);
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
		e.click();
	}

	@Test
	void aConsultantSeesMatchesWithWhyAndPathSharesAndTheEmployerSeesTheAnonymisedCandidate() throws Exception {
		String family = MatchingFixtures.uniqueName();
		// a welder lacking hot work (Heta arbeten), and a welding job, made through the API
		long person = MatchingFixtures.welder(mvc, jdbc, MatchingFixtures.login(mvc, "konsulent"), family,
				MUST.subList(0, 2));
		var employerApi = MatchingFixtures.login(mvc, "arbetsgivare");
		String title = "Svetsjobb " + java.util.UUID.randomUUID().toString().substring(0, 8);
		long job = MatchingFixtures.weldingJob(mvc, jdbc, employerApi, title);

		login("konsulent");
		open("/employers/opportunities/" + job);
		visible(By.id("candidates-h"));
		open("/people/participants/" + person);
		WebElement match = visible(By.cssSelector("#matches article[data-opportunity='" + job + "']"));
		assertThat(match.getText()).contains(title).contains("Varför").contains("Krav").contains("Samma yrke")
			.contains("Saknade krav").contains("Heta arbeten").contains("Väg dit").contains("veckor");
		assertThat(match.findElements(By.cssSelector(".gap-path ol li"))).isNotEmpty();
		assertThat(seriousViolations()).isEmpty();

		click(By.id("consentGiven"));
		click(By.id("sharing-submit"));
		WebElement state = visible(By.id("sharing-state"));
		Matcher m = Pattern.compile("K-[0-9A-F]{6}").matcher(state.getText());
		assertThat(m.find()).isTrue();
		String reference = m.group();
		assertThat(state.getText()).contains("konsulent");

		browser().manage().deleteAllCookies();
		login("arbetsgivare");
		open("/employers/opportunities/" + job);
		await(ExpectedConditions.textToBePresentInElementLocated(By.id("candidates"), reference));
		assertThat(browser().getPageSource()).doesNotContain(family).doesNotContain("/people/participants/");
		assertThat(seriousViolations()).isEmpty();
	}
}
