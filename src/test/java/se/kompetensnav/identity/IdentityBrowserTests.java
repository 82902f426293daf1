package se.kompetensnav.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.kompetensnav.test.BrowserTest;

/** The identity pages in Chromium: forms work with a keyboard-and-mouse browser, and axe-core finds no serious issue. */
class IdentityBrowserTests extends BrowserTest {


	@Test
	void aConsultantCreatesAndRevokesAnApiToken() {
		login("konsulent");
		open("/account");
		assertThat(visible(By.id("account-roles")).getText()).contains("Arbetsmarknadskonsulent");
		assertThat(browser().findElement(By.id("account-unit")).getText()).contains("Jobbcenter, Bodens kommun");
		String name = "webbläsare " + UUID.randomUUID().toString().substring(0, 6);
		browser().findElement(By.id("token-name")).sendKeys(name);
		browser().findElement(By.cssSelector("#token-form button[type=submit]")).click();
		String secret = visible(By.id("token-secret")).getDomProperty("value");
		assertThat(secret).startsWith("kn_");
		WebElement row = browser().findElement(By.xpath("//table[@id='token-list']//tr[th[normalize-space()='" + name + "']]"));
		assertThat(row.getText()).contains(secret.substring(0, 8)).contains("Aktiv");
		row.findElement(By.cssSelector("button[type=submit]")).click();
		await(ExpectedConditions.textToBePresentInElementLocated(
				By.xpath("//table[@id='token-list']//tr[th[normalize-space()='" + name + "']]"), "Återkallad"));
		// The secret is not shown again.
		assertThat(browser().findElements(By.id("token-secret"))).isEmpty();
	}

	@Test
	void anAdminCreatesAUserWithTheForm() {
		login("admin");
		open("/admin/users/new");
		String username = "webb." + UUID.randomUUID().toString().substring(0, 6);
		browser().findElement(By.id("username")).sendKeys(username);
		// Submitted from the keyboard.
		browser().findElement(By.id("displayName")).sendKeys("Webb Användare", Keys.ENTER);
		// Missing roles and password: messages at the fields, the typed values kept.
		assertThat(visible(By.id("roles-error")).getText()).isEqualTo("välj minst en roll");
		assertThat(visible(By.id("password-error")).getText()).isNotBlank();
		assertThat(browser().findElement(By.id("username")).getDomProperty("value")).isEqualTo(username);
		browser().findElement(By.id("role-ANALYST")).sendKeys(Keys.SPACE);
		browser().findElement(By.id("password")).sendKeys("ett-bra-losen", Keys.ENTER);
		await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), username));
		open("/admin/users");
		assertThat(visible(By.cssSelector("tr[data-username='" + username + "']")).getText()).contains("Analytiker");
	}

	@Test
	void theMainPagesHaveNoSeriousAccessibilityViolations() {
		open("/login");
		assertNoSeriousViolations("/login");
		open("/om");
		assertNoSeriousViolations("/om");
		login("admin");
		for (String path : new String[] { "/", "/account", "/admin/users", "/admin/units", "/admin/units/new",
				"/admin/users/new", "/audit" }) {
			open(path);
			assertNoSeriousViolations(path);
		}
		open("/admin/users/new");
		browser().findElement(By.id("displayName")).sendKeys(Keys.ENTER);
		visible(By.id("roles-error"));
		assertNoSeriousViolations("/admin/users/new with errors");
		open("/?lang=en");
		assertNoSeriousViolations("/ in English");
		open("/?lang=sv");
	}

	/** The check is live: a form field without a label is a critical violation. */
	@Test
	void theAccessibilityCheckReportsAnUnlabelledField() {
		browser().get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang='en'><head><title>t</title></head>"
				+ "<body><main><h1>t</h1><input type='text' id='x'></main></body></html>");
		assertThat(seriousViolations()).contains("critical label: #x");
	}

	private void assertNoSeriousViolations(String page) {
		assertThat(seriousViolations()).as("serious or critical axe violations on %s", page).isEmpty();
	}

}
