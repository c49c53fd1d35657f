package io.github.ciscosupport.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless Chromium: Debian's {@code chromium} and {@code chromium-driver}
 * ({@code .ci/run} installs them), never a downloaded browser. Skipped where they are missing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "cisco.support.rate-limit.enabled=false")
class ReportPageBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	private int port;

	@Autowired
	private SimulatorData simulator;

	@TempDir
	Path directory;

	private WebDriver browser;

	@BeforeEach
	void startBrowser() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are not installed");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1400,1000");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void uploadsTheSampleInventoryAndShowsTheTableAndTheTimeline() throws Exception {
		Path inventory = Files.writeString(this.directory.resolve("devices.csv"),
				this.simulator.sampleInventory().orElseThrow());
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));

		this.browser.get("http://localhost:" + this.port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mode"), "SIMULATOR"));
		this.browser.findElement(By.id("file")).sendKeys(inventory.toString());
		wait.until((browser) -> !browser.findElement(By.id("inventory")).getDomProperty("value").isEmpty());
		this.browser.findElement(By.id("run")).click();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#report-table tbody tr"),
				SampleInventory.DEFAULT_SIZE));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline svg rect[data-year]")));

		WebElement device = this.browser.findElement(By.cssSelector("#report-table tr[data-serial='FHK0933224R']"));
		assertThat(cell(device, "productId")).isEqualTo("CISCO1811W-AG-A/K9");
		assertThat(cell(device, "lastDateOfSupport")).isEqualTo("2012-06-29");
		assertThat(cell(device, "migrationProductId")).isEqualTo("CISCO1811W-AG-B/K9");
		assertThat(cell(device, "highestSeverity")).isEqualTo("Critical");
		// Bars of the 2012 last-date-of-support count this device among others.
		List<WebElement> bars = this.browser
			.findElements(By.cssSelector("#timeline rect[data-year='2012'][data-milestone='lastDateOfSupport']"));
		assertThat(bars).singleElement()
			.satisfies((bar) -> assertThat(Integer.parseInt(bar.getDomAttribute("data-count"))).isPositive());

		this.browser.findElement(By.cssSelector("#report-table th[data-field='serialNumber']")).click();
		List<String> serials = this.browser.findElements(By.cssSelector("#report-table td[data-field='serialNumber']"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(serials).hasSize(SampleInventory.DEFAULT_SIZE).isSortedAccordingTo(String::compareTo);
		assertThat(this.browser.findElement(By.id("download-csv")).getDomAttribute("href")).startsWith("api/reports/");
	}

	private static String cell(WebElement row, String field) {
		return row.findElement(By.cssSelector("td[data-field='" + field + "']")).getText();
	}

}
