package se.kompetensnav.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.kompetensnav.test.BrowserTest;

class ShellBrowserTests extends BrowserTest {

	@Test
	void logsInAndSwitchesLanguage() {
		login("konsulent");
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Välkommen till Kompetensnav");
		assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
		browser().findElement(By.id("lang-switch")).click();
		await(ExpectedConditions.textToBe(By.tagName("h1"), "Welcome to Kompetensnav"));
		assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		// The choice is remembered on the next page.
		open("/");
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Welcome to Kompetensnav");
		browser().findElement(By.id("lang-switch")).click();
		await(ExpectedConditions.textToBe(By.tagName("h1"), "Välkommen till Kompetensnav"));
	}

	@Test
	void skipLinkLeadsToTheMainContent() {
		open("/login");
		assertThat(browser().findElement(By.cssSelector("a.skip-link")).getAttribute("href")).endsWith("#main");
		assertThat(browser().findElements(By.cssSelector("main#main"))).hasSize(1);
		assertThat(browser().findElement(By.cssSelector("label[for=username]")).getText()).isNotBlank();
	}
}
