package dev.codexjava.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sample's page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven with
 * Selenium against the running app on the demo model: a prompt goes in, the answer streams in, the command and the
 * token usage show up. Saves a screenshot to {@code target/screenshots/sample.png}. The system chromedriver and
 * browser are passed explicitly, so Selenium Manager never runs (and never downloads anything).
 */
// always the demo model, also on a machine with OPENAI_API_KEY set
// with approvals on (the same properties and imports as the other approval tests: one shared context)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "sample.demo-model.enabled=true",
		"codex.api-key=", "sample.approvals.enabled=true", "sample.stream.heartbeat=200ms" })
@Import(TurnRecorder.class)
class SampleAppBrowserTest {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/**
	 * Selenium's CDP lookup warns that it has no bindings for this Chromium version; the test needs none. Kept in a
	 * field so that the logger (and its level) is not garbage-collected.
	 */
	private static final Logger SELENIUM_LOGGER = quiet("org.openqa.selenium");

	@LocalServerPort
	private int port;

	private Path profile;

	private WebDriver driver;

	@BeforeEach
	void openBrowser() throws IOException {
		requireBrowser();
		this.profile = Files.createTempDirectory("sample-chromium-profile-");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// no network exists here: keep Chromium from trying to reach Google's services
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,960", "--user-data-dir=" + this.profile);
		this.driver = new ChromeDriver(service, options);
	}

	private static Logger quiet(String name) {
		Logger logger = Logger.getLogger(name);
		logger.setLevel(Level.SEVERE);
		return logger;
	}

	private static void requireBrowser() {
		boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
		String message = "The browser test needs Debian's Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "). Run .ci/run, or: apt-get install chromium chromium-driver";
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail(message);
		}
		assumeTrue(installed, message);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		try {
			if (this.driver != null) {
				this.driver.quit();
			}
		}
		finally {
			if (this.profile != null) {
				try (Stream<Path> paths = Files.walk(this.profile)) {
					paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
		}
	}

	@Test
	void promptStreamsTheAnswerWithTheCommandAndTheUsage() throws IOException {
		this.driver.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.driver, TIMEOUT, Duration.ofMillis(100));
		wait.until(ExpectedConditions.textToBe(By.id("mode-badge"), "DEMO MODEL (offline)"));
		wait.until(ExpectedConditions.textMatches(By.id("health"), Pattern.compile("UP")));

		WebElement prompt = this.driver.findElement(By.id("prompt"));
		prompt.sendKeys("List the files in the workspace");
		this.driver.findElement(By.id("send")).click();

		// the answer streams in while the turn is running, then the usage line appears when it completes
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer"), "I ran"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("usage"), "total"));
		wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-state", "done"));

		WebElement answer = this.driver.findElement(By.id("answer"));
		assertThat(answer.getText()).contains("I ran ls -la in the demo workspace", "README.md", "notes.txt");
		assertThat(Integer.parseInt(answer.getDomAttribute("data-deltas"))).as("answer deltas received")
			.isGreaterThan(5);
		String activity = this.driver.findElement(By.id("activity")).getText();
		assertThat(activity).contains("ls -la", "completed", "README.md");
		String usage = this.driver.findElement(By.id("usage")).getText();
		assertThat(usage).startsWith("Tokens:").contains("total", "completed", "deltas streamed");
		// the turn's trace id (the stream response's X-Trace-Id), linked to its spans
		assertThat(this.driver.findElement(By.cssSelector("#trace a")).getText()).matches("[0-9a-f]{32}");
		assertThat(this.driver.findElement(By.id("error")).isDisplayed()).isFalse();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("threads"), "List the files"));

		Path screenshot = screenshotPath();
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		assertThat(screenshot).isNotEmptyFile();
	}

	@Test
	void approvalRequestsAreAllowedOrDeclinedWithOneClick() throws IOException {
		this.driver.get("http://127.0.0.1:" + this.port + "/");
		WebDriverWait wait = new WebDriverWait(this.driver, TIMEOUT, Duration.ofMillis(100));
		wait.until(ExpectedConditions.textMatches(By.id("health"), Pattern.compile("UP")));

		// allow: the command runs and the turn finishes with the demo model's "You allowed it"
		ask(wait, "Create a file in the workspace");
		this.driver.findElement(By.cssSelector("#approvals .approval[data-state='pending'] button.allow")).click();
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#approvals .approval"), "data-state", "accept"));
		wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-state", "done"));
		assertThat(this.driver.findElement(By.id("answer")).getText()).contains("You allowed it");
		assertThat(this.driver.findElement(By.id("activity")).getText()).contains("approved.txt", "completed");
		assertThat(this.driver.findElement(By.id("usage")).getText()).contains("completed");
		Path screenshot = screenshotPath().resolveSibling("sample-approval.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));

		// decline, in the same thread: the command does not run and the turn still finishes
		ask(wait, "Create another file, please");
		this.driver.findElement(By.cssSelector("#approvals .approval[data-state='pending'] button.decline")).click();
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#approvals .approval"), "data-state", "decline"));
		wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-state", "done"));
		assertThat(this.driver.findElement(By.id("answer")).getText()).contains("did not run");
		assertThat(this.driver.findElement(By.id("activity")).getText()).contains("declined");
		assertThat(this.driver.findElement(By.cssSelector("#approvals .approval .outcome")).getText())
			.isEqualTo("Declined");
		assertThat(this.driver.findElement(By.id("error")).isDisplayed()).isFalse();
	}

	private void ask(WebDriverWait wait, String text) {
		WebElement prompt = this.driver.findElement(By.id("prompt"));
		prompt.clear();
		prompt.sendKeys(text);
		this.driver.findElement(By.id("send")).click();
		WebElement request = wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#approvals .approval[data-state='pending']")));
		assertThat(request.getText()).contains("The agent asks to run a command", "approved.txt", "Allow", "Decline");
	}

	private static Path screenshotPath() {
		return Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots")
			.resolve("sample.png");
	}

}
