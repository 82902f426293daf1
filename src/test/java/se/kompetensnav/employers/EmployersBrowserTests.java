package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.kompetensnav.test.BrowserTest;

class EmployersBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmployerDefinesACriticalFunctionFromATemplateAndSeesItsNeeds() {
		login("arbetsgivare");
		open("/employers/my/needs");
		visible(By.linkText("Svetsare, tunga konstruktioner"));
		browser().findElement(By.linkText("Svetsare, tunga konstruktioner")).sendKeys(Keys.ENTER);

		WebElement title = visible(By.id("title"));
		String name = "Svetsare " + UUID.randomUUID().toString().substring(0, 6);
		title.clear();
		title.sendKeys(name);
		for (String[] h : new String[][] { { "headcountNow", "2" }, { "headcount1y", "3" }, { "headcount3y", "5" },
				{ "headcount5y", "8" } }) {
			WebElement field = browser().findElement(By.id(h[0]));
			field.clear();
			field.sendKeys(h[1]);
		}
		// The template's skills are already listed, editable, before anything is stored.
		assertThat(browser().findElements(By.cssSelector("#skills tbody tr"))).isNotEmpty();
		// The form's first submit button adds a skill (and Enter in a field would press it): save explicitly.
		browser().findElement(By.cssSelector("form button.btn-primary[type=submit]")).sendKeys(Keys.ENTER);

		visible(By.id("functions"));
		assertThat(browser().getCurrentUrl()).endsWith("/needs");
		WebElement row = browser().findElements(By.cssSelector("#functions tbody tr")).stream()
			.filter(r -> r.findElement(By.tagName("th")).getText().startsWith(name)).findFirst().orElseThrow();
		List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
		assertThat(cells.subList(2, 6)).containsExactly("2", "3", "5", "8");
		assertThat(row.findElements(By.cssSelector("td .badge"))).isNotEmpty();
		assertThat(seriousViolations()).isEmpty();
	}

	@Test
	void registrationWithABadOrganisationNumberGetsAFieldMessageAndStoresNothing() {
		long before = jdbc.sql("select count(*) from emp_organisation").query(Long.class).single();
		login("admin");
		open("/employers/organisations");
		visible(By.id("register-link")).sendKeys(Keys.ENTER);

		visible(By.id("register-form"));
		assertThat(seriousViolations()).isEmpty();
		String good = EmployersTestSupport.freshOrgNumber();
		String bad = good.substring(0, 6) + "-" + good.substring(6, 9) + ((good.charAt(9) - '0' + 1) % 10);
		browser().findElement(By.id("name")).sendKeys("Felnummer AB");
		browser().findElement(By.id("orgNumber")).sendKeys(bad);
		browser().findElement(By.id("sniCode")).sendKeys("25.620");
		browser().findElement(By.id("employees")).sendKeys("12");
		new Select(browser().findElement(By.id("municipalityCode"))).selectByValue("2582");
		browser().findElement(By.id("greenTransition")).sendKeys(Keys.SPACE);
		browser().findElement(By.id("employees")).sendKeys(Keys.ENTER);

		WebElement error = visible(By.id("orgNumber-error"));
		assertThat(error.getText()).isEqualTo("Organisationsnumrets kontrollsiffra stämmer inte.");
		WebElement field = browser().findElement(By.id("orgNumber"));
		assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(field.getAttribute("aria-describedby")).isEqualTo("orgNumber-error");
		assertThat(field.getAttribute("value")).isEqualTo(bad);
		assertThat(browser().findElement(By.id("name")).getAttribute("value")).isEqualTo("Felnummer AB");
		assertThat(browser().findElement(By.id("form-errors")).getText()).contains("Något behöver rättas");
		assertThat(jdbc.sql("select count(*) from emp_organisation").query(Long.class).single()).isEqualTo(before);
		assertThat(seriousViolations()).isEmpty();

		// Corrected, it is stored and its page shows the derived size class.
		field.clear();
		field.sendKeys(good);
		field.sendKeys(Keys.ENTER);
		await(ExpectedConditions.visibilityOfElementLocated(By.id("org-number")));
		assertThat(browser().findElement(By.id("org-number")).getText())
			.isEqualTo(good.substring(0, 6) + "-" + good.substring(6));
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Felnummer AB");
		assertThat(browser().getPageSource()).contains("Litet företag");
	}
}
