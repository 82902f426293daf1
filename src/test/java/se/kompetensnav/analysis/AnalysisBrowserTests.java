package se.kompetensnav.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.kompetensnav.test.BrowserTest;

class AnalysisBrowserTests extends BrowserTest {

	@Test
	void theAnalystOpensTheDashboardSeesNorrbottensMunicipalitiesOnTheMapAndDrillsDown() {
		login("analytiker");
		open("/");
		follow(browser().findElement(By.cssSelector("main a[href='/analys']")));
		visible(By.id("areas-table"));
		assertThat(browser().findElement(By.tagName("h1")).getText()).contains("Norrbotten");

		// The map draws Norrbotten's 14 municipalities, coloured by the balance index.
		await(ExpectedConditions.attributeToBe(By.id("analysis-map"), "data-loaded", "14"));
		assertThat(browser().findElements(By.cssSelector("#analysis-map path.municipality"))).hasSize(14);
		assertThat(browser().findElements(By.cssSelector("#analysis-map path.municipality-2582"))).hasSize(1);
		// The area table: 14 municipalities and the county's total.
		List<WebElement> rows = browser().findElements(By.cssSelector("#areas-table tbody tr"));
		assertThat(rows).hasSize(15);
		assertThat(rows.getLast().getText()).contains("Norrbotten");
		assertThat(seriousViolations()).isEmpty();

		// County → municipality (from the table) → occupation groups, one SSYK level at a time.
		follow(browser().findElement(By.xpath("//table[@id='areas-table']//a[normalize-space()='Boden']")));
		await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Boden"));
		assertThat(browser().findElements(By.cssSelector("#drill-path li"))).hasSize(2);
		List<WebElement> level1 = browser().findElements(By.cssSelector("#occupations-table a.drill"));
		assertThat(level1).isNotEmpty();
		String code = level1.getFirst().getText();
		assertThat(code).hasSize(1);
		follow(level1.getFirst());
		await(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#drill-path li"), 3));
		List<WebElement> level2 = browser().findElements(By.cssSelector("#occupations-table tbody th"));
		assertThat(level2).isNotEmpty();
		// Sub-groups of the chosen group, and the group's own total last.
		level2.subList(0, level2.size() - 1).forEach(th -> assertThat(th.getText()).hasSize(2).startsWith(code));
		assertThat(level2.getLast().getText()).isEqualTo(code);

		// A click on the map opens that municipality.
		await(ExpectedConditions.attributeToBe(By.id("analysis-map"), "data-loaded", "14"));
		((JavascriptExecutor) browser()).executeScript(
				"arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))",
				browser().findElement(By.cssSelector("#analysis-map path.municipality-2584")));
		await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Kiruna"));
	}

	/**
	 * Follows a link from the keyboard (Enter), as a keyboard user would: the charts and the map still settle the
	 * layout after load, so a pointer click can land on a neighbour.
	 */
	private static void follow(WebElement link) {
		link.sendKeys(Keys.ENTER);
	}
}
