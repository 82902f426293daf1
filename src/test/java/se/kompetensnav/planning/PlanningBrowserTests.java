package se.kompetensnav.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import se.kompetensnav.test.BrowserTest;

class PlanningBrowserTests extends BrowserTest {

	@Test
	void aPlannerEntersAnEstablishmentInBodenAndSeesDwellingsAndSchoolPlacesPerYear() {
		login("chef");
		open("/planning");
		String name = "Batterifabrik " + UUID.randomUUID().toString().substring(0, 6);
		browser().findElement(By.id("name")).sendKeys(name);
		new Select(browser().findElement(By.id("municipalityCode"))).selectByValue("2582");
		browser().findElement(By.id("sector")).sendKeys("Batterier");
		WebElement start = browser().findElement(By.id("startYear"));
		start.clear();
		start.sendKeys("2027");
		browser().findElement(By.id("construction0")).sendKeys("600");
		browser().findElement(By.id("operation1")).sendKeys("500");
		browser().findElement(By.id("operation2")).sendKeys("1000");
		// Enter in a field submits the form (implicit submission), as a keyboard user would.
		browser().findElement(By.id("operation2")).sendKeys(Keys.ENTER);

		visible(By.id("impact-table"));
		assertThat(browser().findElement(By.tagName("h1")).getText()).contains(name).contains("Boden");
		List<WebElement> rows = browser().findElements(By.cssSelector("#impact-table tbody tr"));
		assertThat(rows).extracting(r -> r.findElement(By.tagName("th")).getText())
			.containsExactly("2027", "2028", "2029");
		// 2029, central: 1000 × 2.3 × 50 % × 2.2 / 2.2 = 1150 dwellings; school F-9 = 2530 × 11.9 % ≈ 301.
		WebElement last = rows.get(2);
		assertThat(last.findElement(By.cssSelector("td.dwellings")).getText()).startsWith("1150 (");
		assertThat(last.findElement(By.cssSelector("td.school")).getText()).startsWith("301 (");
		assertThat(browser().findElement(By.cssSelector("th[scope=col]:nth-child(6)")).getText())
			.isEqualTo("Bostäder");
		// The map draws the municipality's border; the chart is drawn beside its table.
		await(ExpectedConditions.attributeToBe(By.id("planning-map"), "data-loaded", "true"));
		assertThat(browser().findElements(By.cssSelector("#planning-map path"))).isNotEmpty();
		assertThat(browser().findElement(By.id("impact-chart")).getAttribute("data-chart")).contains("2029");
	}
}
