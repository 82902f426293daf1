package se.kompetensnav.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests that drive the real application in headless Chromium (Debian's chromium and chromedriver on the
 * PATH). One browser serves all browser tests of a JVM; each test starts logged out.
 */
@IntegrationTest
public abstract class BrowserTest {

	private static ChromeDriver driver;

	@LocalServerPort
	protected int port;

	protected static synchronized WebDriver browser() {
		if (driver == null) {
			ChromeOptions options = new ChromeOptions();
			String binary = System.getProperty("kompetensnav.test.chromium", "/usr/bin/chromium");
			options.setBinary(binary);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=sv-SE");
			// No saved passwords or autofill: a field filled from an earlier test would change what a test types.
			options.setExperimentalOption("prefs", java.util.Map.of("credentials_enable_service", false,
					"profile.password_manager_enabled", false, "autofill.profile_enabled", false));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new java.io.File(
						System.getProperty("kompetensnav.test.chromedriver", "/usr/bin/chromedriver")))
				.build();
			driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ZERO);
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		}
		return driver;
	}

	/** Every test starts logged out, in Swedish, in a window of the default size. */
	@org.junit.jupiter.api.BeforeEach
	void freshWindow() {
		browser().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
	}

	@AfterEach
	void logOut() {
		if (driver != null) {
			driver.manage().deleteAllCookies();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		browser().get(url(path));
	}

	/** Logs in through the login form (all demo accounts have the password {@code demo}). */
	protected void login(String username) {
		open("/login");
		WebElement user = browser().findElement(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement password = browser().findElement(By.id("password"));
		password.clear();
		password.sendKeys("demo");
		browser().findElement(By.cssSelector("#login-form button[type=submit]")).click();
		await(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	protected <T> T await(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(browser(), Duration.ofSeconds(15)).until(condition);
	}

	protected WebElement visible(By by) {
		return await(ExpectedConditions.visibilityOfElementLocated(by));
	}

	private static String axeSource;

	/**
	 * Runs axe-core (shipped in src/test/resources/axe) on the current page and returns its serious and critical
	 * WCAG 2.1 A/AA violations, one a line; empty when there are none.
	 */
	protected String seriousViolations() {
		JavascriptExecutor js = (JavascriptExecutor) browser();
		browser().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		js.executeScript(axe());
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))
				    .join('\\n')))
				  .catch(e => done('axe failed: ' + e));""");
		return String.valueOf(result);
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe-core is missing from the test classpath");
				}
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return axeSource;
	}

	protected Cookie cookie(String name) {
		return browser().manage().getCookieNamed(name);
	}
}
