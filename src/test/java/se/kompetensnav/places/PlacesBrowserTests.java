package se.kompetensnav.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import se.kompetensnav.test.BrowserTest;

class PlacesBrowserTests extends BrowserTest {

	/** Scrolls the element to the middle of the window first, so that no footer or sticky bar covers it. */
	private void click(By by) {
		click(browser().findElement(by));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
		element.click();
	}

	@Test
	void aRespondentCompletesAnAssessmentAndTheReportRanksActionsAndDownloadsAsPdf() {
		login("chef");
		open("/platser");
		new Select(browser().findElement(By.id("municipalityCode"))).selectByValue("2581");
		browser().findElement(By.id("title")).sendKeys("Piteå industriort (webbtest)");
		click(By.cssSelector("#new-assessment button[type=submit]"));
		await(ExpectedConditions.urlContains("/platser/bedomningar/"));
		String reportUrl = browser().getCurrentUrl();

		browser().findElement(By.id("r-name")).sendKeys("Ingrid Industri");
		new Select(browser().findElement(By.id("r-side"))).selectByValue("INDUSTRY");
		browser().findElement(By.id("r-org")).sendKeys("Smurfit Kappa Piteå (test)");
		click(By.cssSelector("#add-respondent button[type=submit]"));
		WebElement link = visible(By.cssSelector("a.respondent-link"));
		browser().get(link.getAttribute("href"));

		// The respondent answers every question: housing and transport low, the rest high.
		List<WebElement> fieldsets = browser().findElements(By.cssSelector("#respond-form fieldset"));
		assertThat(fieldsets).hasSize(22);
		for (WebElement fieldset : fieldsets) {
			String name = fieldset.findElement(By.cssSelector("input[type=radio]")).getAttribute("name");
			String score = name.startsWith("score.housing") || name.startsWith("score.transport") ? "2" : "6";
			WebElement label = fieldset.findElement(By.cssSelector("label[for$='-" + score + "']"));
			click(label);
		}
		click(By.id("respond-submit"));
		visible(By.id("respond-complete"));

		browser().get(reportUrl);
		List<WebElement> ranked = browser().findElements(By.cssSelector("#ranked-actions > li"));
		assertThat(ranked).isNotEmpty();
		assertThat(ranked.get(0).getText()).containsAnyOf("Boende", "Kommunikationer");
		assertThat(browser().findElement(By.id("dimension-table")).getText()).contains("Boende");

		String pdfHref = browser().findElement(By.id("pdf-link")).getAttribute("href");
		Object contentType = ((JavascriptExecutor) browser()).executeAsyncScript(
				"var done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' ' + b.byteLength)));",
				pdfHref);
		assertThat(contentType.toString()).startsWith("application/pdf");
		assertThat(Long.parseLong(contentType.toString().split(" ")[1])).isGreaterThan(2000);
	}

	@Test
	void aPersonSendsAnInquiryWithoutLoggingIn() {
		open("/platser/flytta?kommun=2582");
		browser().findElement(By.id("i-name")).sendKeys("Sara Svensson");
		browser().findElement(By.id("i-email")).sendKeys("sara@example.se");
		browser().findElement(By.id("i-occupation")).sendKeys("Svetsare");
		click(By.cssSelector("label[for=w-forest]"));
		click(By.cssSelector("#inquiry-form button[type=submit]"));
		// Without consent the form comes back with the message at the field.
		assertThat(visible(By.id("i-consent-error")).getText()).isNotBlank();
		click(By.id("i-consent"));
		WebElement form = browser().findElement(By.id("inquiry-form"));
		click(By.cssSelector("#inquiry-form button[type=submit]"));
		await(ExpectedConditions.stalenessOf(form));
		assertThat(browser().findElements(By.cssSelector(".invalid-feedback")))
			.extracting(e -> e.getAttribute("id")).isEmpty();
		assertThat(visible(By.id("inquiry-routed")).getText()).contains("Boden");
	}
}
