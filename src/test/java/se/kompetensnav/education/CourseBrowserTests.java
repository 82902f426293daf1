package se.kompetensnav.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.kompetensnav.test.BrowserTest;

class CourseBrowserTests extends BrowserTest {

	@Test
	void aProviderAddsACourseWithTwoSkillsAndItIsFoundBySearchingOne() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String title = "Vätgas och batterier för operatörer " + suffix;
		login("utbildare");
		open("/utbildningar/mina");
		visible(By.id("add-course")).click();
		visible(By.id("ref")).sendKeys("BT-" + suffix);
		browser().findElement(By.id("title")).sendKeys(title);
		pick("skill-search", "vätgas", "Vätgasteknik");
		pick("skill-search", "batteritek", "Batteriteknik");
		assertThat(browser().findElements(By.cssSelector("[data-chips] input[name=skills]"))).hasSize(2);
		browser().findElement(By.id("weeks")).sendKeys("2");
		browser().findElement(By.id("hours")).sendKeys("40");
		WebElement start = browser().findElement(By.id("startDate0"));
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = arguments[1]", start,
				LocalDate.now().plusDays(14).toString());
		browser().findElement(By.id("startSeats0")).sendKeys("12");
		// By keyboard: Bootstrap's smooth scrolling can leave a pointer click hitting whatever scrolls past.
		browser().findElement(By.id("save-course")).sendKeys(Keys.ENTER);

		await(ExpectedConditions.urlContains("sparad"));
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser().findElement(By.cssSelector("ul.edu-skills")).getText()).contains("Vätgasteknik",
				"Batteriteknik");

		open("/utbildningar");
		pick("f-skill", "batteritek", "Batteriteknik");
		await(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), title));
		assertThat(browser().findElements(By.cssSelector("#results tr.edu-result")))
			.allSatisfy(row -> assertThat(row.getText()).isNotBlank());
	}

	/** Types into an autocomplete and picks the suggestion with exactly this label. */
	private void pick(String inputId, String typed, String label) {
		WebElement input = visible(By.id(inputId));
		input.sendKeys(typed);
		visible(By.xpath("//ul[@id='" + inputId + "-list']/li[normalize-space()='" + label + "']")).click();
		await(ExpectedConditions.invisibilityOfElementLocated(By.id(inputId + "-list")));
	}
}
