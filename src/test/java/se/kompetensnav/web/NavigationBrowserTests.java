package se.kompetensnav.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.kompetensnav.test.BrowserTest;

/** The grouped main menu by keyboard: open a group, move with the arrow keys, follow an entry. */
class NavigationBrowserTests extends BrowserTest {

	private WebElement focused() {
		return browser().switchTo().activeElement();
	}

	@Test
	void aConsultantOpensParticipantsWithEnterAndReachesProgrammesWithTheArrowKeys() {
		login("konsulent");
		WebElement toggle = browser().findElement(By.id("nav-group-participants"));
		assertThat(toggle.getTagName()).isEqualTo("button");
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(toggle.getText()).isEqualTo("Deltagare");
		WebElement menu = browser().findElement(By.cssSelector("[data-nav-group=PARTICIPANTS] .dropdown-menu"));
		assertThat(menu.isDisplayed()).isFalse();

		toggle.sendKeys(Keys.ENTER);
		await(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));
		assertThat(menu.isDisplayed()).isTrue();
		// The open menu passes the accessibility check.
		assertThat(seriousViolations()).isEmpty();

		// Arrow down moves into the menu, entry by entry.
		focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getAttribute("href")).endsWith("/people");
		focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getAttribute("href")).endsWith("/people/programmes");
		focused().sendKeys(Keys.ENTER);
		await(ExpectedConditions.urlContains("/people/programmes"));

		// On the new page the entry is the current page, and Escape closes a menu back onto its button.
		WebElement again = browser().findElement(By.id("nav-group-participants"));
		assertThat(again.getAttribute("class")).contains("active");
		assertThat(browser().findElement(By.cssSelector("[data-nav-group=PARTICIPANTS] a[aria-current=page]"))
			.getAttribute("href")).endsWith("/people/programmes");
		again.sendKeys(Keys.ENTER);
		await(ExpectedConditions.attributeToBe(again, "aria-expanded", "true"));
		focused().sendKeys(Keys.ARROW_DOWN);
		focused().sendKeys(Keys.ESCAPE);
		await(ExpectedConditions.attributeToBe(again, "aria-expanded", "false"));
		assertThat(focused()).isEqualTo(again);
		assertThat(seriousViolations()).isEmpty();
	}

	@Test
	void anAdminOpensAdministrationWithSpaceAndReachesUsers() {
		login("admin");
		WebElement toggle = browser().findElement(By.id("nav-group-administration"));
		assertThat(toggle.getText()).isEqualTo("Administration");
		toggle.sendKeys(Keys.SPACE);
		await(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));

		// Down into the menu and back up, then down through the entries to "Användare".
		focused().sendKeys(Keys.ARROW_DOWN);
		focused().sendKeys(Keys.ARROW_DOWN);
		String second = focused().getAttribute("href");
		focused().sendKeys(Keys.ARROW_UP);
		assertThat(focused().getAttribute("class")).contains("dropdown-item");
		assertThat(focused().getAttribute("href")).isNotEqualTo(second);
		while (!focused().getText().equals("Användare")) {
			String before = focused().getAttribute("href");
			focused().sendKeys(Keys.ARROW_DOWN);
			assertThat(focused().getAttribute("href")).as("moved on from %s", before).isNotEqualTo(before);
		}
		focused().sendKeys(Keys.ENTER);
		await(ExpectedConditions.urlContains("/admin/users"));
		// The entry is marked as the current page (inside the closed menu, so not visible text).
		WebElement current = browser().findElement(By.cssSelector("[data-nav-group=ADMINISTRATION] a[aria-current=page]"));
		assertThat(current.getAttribute("textContent").strip()).isEqualTo("Användare");
		assertThat(browser().findElement(By.id("nav-group-administration")).getAttribute("class")).contains("active");
		assertThat(seriousViolations()).isEmpty();
	}
}
