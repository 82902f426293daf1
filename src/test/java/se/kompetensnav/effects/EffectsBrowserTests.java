package se.kompetensnav.effects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import se.kompetensnav.test.BrowserTest;

class EffectsBrowserTests extends BrowserTest {

	@Test
	void chefRunsA114PlaceScenarioAndDownloadsThePdf() throws IOException {
		Path downloads = Files.createTempDirectory("effects-downloads");
		((ChromeDriver) browser()).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		login("chef");
		open("/effects");
		browser().findElement(By.id("link-scenario")).click();
		visible(By.id("scenario-form"));
		WebElement name = browser().findElement(By.id("name"));
		name.clear();
		name.sendKeys("Växtzon oändlig, 114 platser");
		assertThat(browser().findElement(By.id("places")).getDomProperty("value")).isEqualTo("114");
		assertThat(browser().findElement(By.id("shareToWork")).getDomProperty("value")).isEqualTo("30");
		assertThat(browser().findElement(By.id("effectYears")).getDomProperty("value")).isEqualTo("3");
		// Keyboard use: Enter in a field submits the form (implicit submission through its submit button).
		name.sendKeys(Keys.ENTER);

		await(ExpectedConditions.urlMatches(".*/effects/calculations/\\d+$"));
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Växtzon oändlig, 114 platser");
		assertThat(browser().findElement(By.id("fact-ratio")).getText()).contains(": 1");
		// The chart is drawn, and the same figures are in the table beside it.
		await(ExpectedConditions.attributeToBe(By.id("who-pays-chart"), "data-drawn", "true"));
		assertThat(browser().findElements(By.cssSelector("#table-actors tbody tr"))).hasSize(7);
		assertThat(browser().findElement(By.id("table-parameters")).getText()).contains("effects.prisbasbelopp");

		click(By.id("download-pdf"));
		Path pdf = await(d -> {
			try (Stream<Path> files = Files.list(downloads)) {
				return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
			}
			catch (IOException e) {
				return null;
			}
		});
		await(d -> {
			try {
				return Files.size(pdf) > 1000;
			}
			catch (IOException e) {
				return false;
			}
		});
		byte[] bytes = Files.readAllBytes(pdf);
		assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
		assertThat(pdf.getFileName().toString()).startsWith("effektrapport-");
	}

	@Test
	void chefOpensTheProgrammeEffectReportAndDownloadsThePdf() throws IOException {
		Path downloads = Files.createTempDirectory("programme-effects-downloads");
		((ChromeDriver) browser()).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		login("chef");
		open("/effects");
		click(By.id("link-programmes"));
		WebElement row = visible(By.xpath("//table[@id='table-programmes']//tr[th[normalize-space()='Växtzon oändlig (demo)']]"));
		assertThat(seriousViolations()).as("serious or critical axe violations on the programme list").isEmpty();
		WebElement compute = row.findElement(By.cssSelector("button[type=submit]"));
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", compute);
		await(ExpectedConditions.elementToBeClickable(compute)).click();

		await(ExpectedConditions.urlMatches(".*/effects/calculations/\\d+$"));
		assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Växtzon oändlig (demo)");
		assertThat(Integer.parseInt(browser().findElement(By.id("fact-participants")).getText().replaceAll("\\D", "")))
			.as("the demo programme's participants with an entry date").isGreaterThan(100);
		// Both charts are drawn; their figures are in the tables beside them; the actors are all there.
		await(ExpectedConditions.attributeToBe(By.id("who-pays-chart"), "data-drawn", "true"));
		await(ExpectedConditions.attributeToBe(By.id("years-chart"), "data-drawn", "true"));
		String actors = browser().findElement(By.id("table-actors")).getText();
		assertThat(actors).contains("Kommunen", "Regionen", "Arbetsförmedlingen", "Försäkringskassan", "Individen");
		assertThat(browser().findElement(By.id("table-outcomes")).getText()).contains("Arbete");
		assertThat(seriousViolations()).as("serious or critical axe violations on the programme report").isEmpty();

		click(By.id("download-pdf"));
		Path pdf = await(d -> {
			try (Stream<Path> files = Files.list(downloads)) {
				return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
			}
			catch (IOException e) {
				return null;
			}
		});
		await(d -> {
			try {
				return Files.size(pdf) > 1000;
			}
			catch (IOException e) {
				return false;
			}
		});
		PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
		String first = new PdfTextExtractor(reader).getTextFromPage(1).replace('\u00a0', ' ').replaceAll(" {2,}", " ");
		reader.close();
		assertThat(first).contains("Växtzon oändlig (demo)",
				browser().findElement(By.id("fact-npv")).getText().replace('\u00a0', ' ').replace('\u2212', '-'));
	}

	/** Scrolls the element to the middle of the window first, so that no fixed banner covers it. */
	private void click(By by) {
		WebElement element = browser().findElement(by);
		((JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		await(ExpectedConditions.elementToBeClickable(element)).click();
	}

	@Test
	void effectAndParameterPagesHaveNoSeriousAccessibilityViolations() {
		login("admin");
		for (String path : new String[] { "/effects", "/effects/scenario", "/effects/exclusion", "/parameters",
				"/parameters/effects.prisbasbelopp/2025" }) {
			open(path);
			visible(By.tagName("h1"));
			assertThat(seriousViolations()).as("serious or critical axe violations on %s", path).isEmpty();
		}
		open("/effects/exclusion");
		browser().findElement(By.id("age")).sendKeys(Keys.ENTER);
		await(ExpectedConditions.urlMatches(".*/effects/calculations/\\d+$"));
		await(ExpectedConditions.attributeToBe(By.id("exclusion-chart"), "data-drawn", "true"));
		assertThat(seriousViolations()).as("serious or critical axe violations on the exclusion report").isEmpty();
	}


}
