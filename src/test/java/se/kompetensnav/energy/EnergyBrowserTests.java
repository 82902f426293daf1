package se.kompetensnav.energy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.kompetensnav.test.BrowserTest;

class EnergyBrowserTests extends BrowserTest {

	@Test
	void theGreenhousePageShowsItsHeatDemandMatchedSourceAndTrainingPlaces() {
		login("chef");
		open("/energy");
		await(ExpectedConditions.attributeToBe(By.id("energy-map"), "data-loaded", "true"));
		assertThat(browser().findElements(By.cssSelector("#energy-map path.leaflet-interactive"))).isNotEmpty();
		// Follow the link from the keyboard (the page scrolls smoothly, so a mouse click may land mid-scroll).
		browser().findElement(By.linkText("Växthuset Boden Plug and Play (demo)")).sendKeys(Keys.ENTER);

		visible(By.id("heat-demand"));
		assertThat(browser().findElement(By.tagName("h1")).getText())
			.isEqualTo("Växthuset Boden Plug and Play (demo)");
		assertThat(browser().findElement(By.id("annual-mwh")).getText()).matches("[0-9  ]+ MWh");
		assertThat(browser().findElement(By.id("design-load")).getText()).contains("kW");
		assertThat(browser().findElement(By.id("best-source")).getText()).isEqualTo("Datacenter Boden (demo)");
		assertThat(browser().findElement(By.id("programme")).getText()).isEqualTo("Växtzon oändlig");
		assertThat(browser().findElement(By.id("training-places")).getText()).isEqualTo("114 platser");
		assertThat(browser().findElements(By.cssSelector("#monthly-table tbody tr"))).hasSize(12);
	}
}
