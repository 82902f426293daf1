package se.kompetensnav.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import se.kompetensnav.test.BrowserTest;

class TaxonomyBrowserTests extends BrowserTest {

	@Test
	void aQueryWithATypoIsCompletedAndPickedWithTheKeyboard() {
		open("/taxonomy");
		new Select(browser().findElement(By.id("taxonomy-type"))).selectByValue("occupation-name");
		WebElement box = browser().findElement(By.id("taxonomy-q"));
		assertThat(box.getAttribute("role")).isEqualTo("combobox");
		box.sendKeys("svetsre");
		WebElement first = visible(By.cssSelector("#taxonomy-q-listbox [role=option]"));
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(first.getText()).startsWith("Svetsare");

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
		assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
		box.sendKeys(Keys.ENTER);

		await(ExpectedConditions.urlContains("/taxonomy/occupations/"));
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Svetsare");
		assertThat(browser().findElements(By.cssSelector("#occupation-skills li"))).isNotEmpty();
	}

	@Test
	void escapeClosesTheSuggestions() {
		open("/taxonomy");
		WebElement box = browser().findElement(By.id("taxonomy-q"));
		box.sendKeys("undersköterka");
		visible(By.cssSelector("#taxonomy-q-listbox [role=option]"));
		box.sendKeys(Keys.ESCAPE);
		await(ExpectedConditions.attributeToBe(box, "aria-expanded", "false"));
		assertThat(browser().findElement(By.id("taxonomy-q-listbox")).isDisplayed()).isFalse();
	}

	@Test
	void theMapDrawsEveryMunicipalityAndTheTableFiltersByCounty() {
		open("/taxonomy/municipalities");
		await(d -> d.findElements(By.cssSelector("#municipality-map path.leaflet-interactive")).size() >= 290);
		new Select(browser().findElement(By.id("county-filter"))).selectByValue("25");
		long shown = browser().findElements(By.cssSelector("#municipality-table tbody tr")).stream()
			.filter(WebElement::isDisplayed)
			.count();
		assertThat(shown).isEqualTo(14);
		WebElement boden = browser().findElement(By.cssSelector("button[data-code='2582']"));
		assertThat(boden.getText()).isEqualTo("Boden");
	}
}
