package se.kompetensnav.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import se.kompetensnav.test.BrowserTest;

class NetworkBrowserTests extends BrowserTest {

	@Test
	void theNetworkShowsActorsNeedsOffersProjectsAndEventsAndAnActorEditsItsProfile() {
		login("utbildare");
		open("/network");
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Klusternätverk");
		assertThat(browser().findElement(By.id("actors-table")).getText())
			.contains("Grönt industrikluster Norrbotten (demo)", "Luleå tekniska universitet, uppdragsutbildning (demo)");
		assertThat(browser().findElement(By.id("needs")).getText())
			.contains("12 processoperatörer inom åtta veckor (demo)");
		assertThat(browser().findElement(By.id("projects-table")).getText()).contains("ESF+",
				"Fonden för en rättvis omställning", "Regionalfonden");
		assertThat(browser().findElements(By.cssSelector("#events-list .card"))).isNotEmpty();
		assertThat(seriousViolations()).isEmpty();

		browser().findElement(By.id("my-actor")).sendKeys(Keys.ENTER);
		visible(By.id("edit-profile")).sendKeys(Keys.ENTER);
		visible(By.id("actor-form"));
		assertThat(seriousViolations()).isEmpty();
		browser().findElement(By.id("actor-email")).clear();
		browser().findElement(By.id("actor-email")).sendKeys("inte en adress");
		browser().findElement(By.cssSelector("#actor-form button[type=submit]")).sendKeys(Keys.ENTER);
		assertThat(visible(By.id("actor-email-error")).getText()).isEqualTo("ange en giltig e-postadress");
		browser().findElement(By.id("actor-email")).clear();
		browser().findElement(By.id("actor-email")).sendKeys("larcentrum@example.org");
		browser().findElement(By.cssSelector("#actor-form button[type=submit]")).sendKeys(Keys.ENTER);
		assertThat(visible(By.cssSelector(".alert-success")).getText()).isEqualTo("Profilen är sparad.");
	}
}
