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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
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

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

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
	private SimulatorData simulatorData;

	@Autowired
	private CiscoSupportSimulator simulator;

	@TempDir
	Path directory;

	private WebDriver browser;

	private WebDriverWait wait;

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
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
	}

	@AfterEach
	void stopBrowser() {
		this.simulator.faults().clear();
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void showsLiveProgressFromTheServerAndCancels() {
		// Every answer takes 2 s, so the run is still going when the page shows its progress.
		this.simulator.faults().latency(Duration.ofSeconds(2));
		open();
		this.browser.findElement(By.id("load-sample")).click();
		this.wait.until((browser) -> !browser.findElement(By.id("inventory")).getDomProperty("value").isEmpty());

		this.browser.findElement(By.id("run")).click();

		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#progress-apis li"), 5));
		assertThat(this.browser.findElement(By.id("progress")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("progress-text")).getText()).containsPattern(
				"[\\d,]+ of [\\d,]+ lookups answered \\(\\d+%\\), \\d+ s");
		// The list is redrawn at each event: read it in one go.
		assertThat((List<Object>) script("return [...document.querySelectorAll('#progress-apis li')].map((li) => li.dataset.api)"))
			.containsExactlyElementsOf(List.copyOf(LifecycleReportService.APIS));
		assertThat(this.browser.findElement(By.id("run")).isEnabled()).isFalse();

		this.browser.findElement(By.id("cancel")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "cancelled"));
		assertThat(this.browser.findElement(By.id("progress")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("cancel")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("run")).isEnabled()).isTrue();
		assertThat(this.browser.findElement(By.id("result")).isDisplayed()).isFalse();
	}

	@Test
	void showsTheReportWithAReadableChartFiltersSearchAndPinnedColumns() throws Exception {
		Path inventory = Files.writeString(this.directory.resolve("devices.csv"),
				this.simulatorData.sampleInventory().orElseThrow());
		open();
		this.browser.findElement(By.id("file")).sendKeys(inventory.toString());
		this.wait.until((browser) -> !browser.findElement(By.id("inventory")).getDomProperty("value").isEmpty());
		this.browser.findElement(By.id("run")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#report-table tbody tr"),
				SampleInventory.DEFAULT_SIZE));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline svg rect[data-year]")));

		WebElement device = row("FHK0933224R");
		assertThat(cell(device, "productId")).isEqualTo("CISCO1811W-AG-A/K9");
		assertThat(cell(device, "lastDateOfSupport")).isEqualTo("2012-06-29");
		assertThat(cell(device, "migrationProductId")).isEqualTo("CISCO1811W-AG-B/K9");
		assertThat(cell(device, "highestSeverity")).isEqualTo("Critical");
		assertThat(this.browser.findElement(By.id("download-csv")).getDomAttribute("href")).startsWith("api/reports/");

		chartReadsAtAGlance();
		advisoriesOpenWithLinksToCisco(device);
		columnsSort();
		cardsAndFiltersSelectDevices();
		searchFindsADevice();
		headerAndFirstColumnsStayVisibleWhenScrolling();
	}

	private void chartReadsAtAGlance() {
		List<String> ticks = texts("#timeline text.tick");
		assertThat(ticks).isNotEmpty().allSatisfy((tick) -> assertThat(tick).matches("[\\d,]+"));
		assertThat(ticks).first().isEqualTo("0");
		long years = this.browser.findElements(By.cssSelector("#timeline rect[data-year]"))
			.stream()
			.map((bar) -> bar.getDomAttribute("data-year"))
			.distinct()
			.count();
		assertThat(texts("#timeline text.year")).as("every year labelled").hasSize((int) years);
		assertThat(this.browser.findElements(By.cssSelector("#timeline line.today"))).hasSize(1);
		assertThat(texts("#timeline text.today")).singleElement().asString().startsWith("today (");
		Rectangle box = this.browser.findElement(By.id("timeline")).getRect();
		List<WebElement> legend = this.browser.findElements(By.cssSelector("#timeline .legend li"));
		assertThat(legend).extracting(WebElement::getText)
			.containsExactly("End of sale", "End of SW maintenance", "Last date of support");
		assertThat(legend).allSatisfy((item) -> {
			Rectangle rect = item.getRect();
			assertThat(rect.getX()).isGreaterThanOrEqualTo(box.getX());
			assertThat(rect.getX() + rect.getWidth()).isLessThanOrEqualTo(box.getX() + box.getWidth());
		});
		List<WebElement> bars = this.browser
			.findElements(By.cssSelector("#timeline rect[data-year='2012'][data-milestone='lastDateOfSupport']"));
		assertThat(bars).singleElement()
			.satisfies((bar) -> assertThat(Integer.parseInt(bar.getDomAttribute("data-count"))).isPositive());
	}

	private void advisoriesOpenWithLinksToCisco(WebElement device) {
		device.findElement(By.cssSelector("button.advisories")).click();
		WebElement details = device.findElement(By.xpath("following-sibling::tr[1]"));
		assertThat(details.getDomAttribute("class")).isEqualTo("details");
		List<WebElement> links = details.findElements(By.cssSelector("li a"));
		assertThat(links).hasSize(44).allSatisfy((link) -> {
			assertThat(link.getText()).startsWith("cisco-sa-");
			assertThat(link.getDomAttribute("href")).startsWith("https://sec.cloudapps.cisco.com/security/center/content");
		});
		assertThat(this.browser.findElements(By.cssSelector("#advisory-table tbody tr"))).isNotEmpty();
	}

	private void columnsSort() {
		this.browser.findElement(By.cssSelector("#report-table th[data-field='serialNumber'] button")).click();
		assertThat(visibleCells("serialNumber")).hasSize(SampleInventory.DEFAULT_SIZE)
			.isSortedAccordingTo(String::compareTo);
	}

	private void cardsAndFiltersSelectDevices() {
		WebElement uncovered = this.browser.findElement(By.cssSelector("#summary button.card[data-filter='uncovered']"));
		int count = Integer.parseInt(uncovered.findElement(By.tagName("b")).getText().replace(",", ""));
		assertThat(count).isPositive().isLessThan(SampleInventory.DEFAULT_SIZE);

		uncovered.click();

		assertThat(uncovered.getDomAttribute("aria-pressed")).isEqualTo("true");
		assertThat(this.browser.findElement(By.id("filter-uncovered")).isSelected()).isTrue();
		assertThat(visibleCells("covered")).hasSize(count).containsOnly("no");
		assertThat(this.browser.findElement(By.id("shown")).getText())
			.isEqualTo("Showing " + count + " of " + SampleInventory.DEFAULT_SIZE + " devices");

		this.browser.findElement(By.id("filter-critical")).click();

		List<String> severities = visibleCells("highestSeverity");
		assertThat(severities).isNotEmpty().hasSizeLessThan(count).containsOnly("Critical");
		assertThat(visibleCells("covered")).containsOnly("no");

		this.browser.findElement(By.cssSelector("#summary button.card:not([data-filter])")).click();

		assertThat(visibleCells("serialNumber")).hasSize(SampleInventory.DEFAULT_SIZE);
		assertThat(uncovered.getDomAttribute("aria-pressed")).isEqualTo("false");
	}

	private void searchFindsADevice() {
		WebElement search = this.browser.findElement(By.id("search"));
		search.sendKeys("fhk0933224r");
		assertThat(visibleCells("serialNumber")).containsExactly("FHK0933224R");
		search.clear();
		search.sendKeys(" ");
		assertThat(visibleCells("serialNumber")).hasSize(SampleInventory.DEFAULT_SIZE);
	}

	private void headerAndFirstColumnsStayVisibleWhenScrolling() {
		WebElement wrap = this.browser.findElement(By.id("table-wrap"));
		// Clicking buttons in the table scrolled it: start from its top left corner.
		script("arguments[0].scrollTo(0, 0)", wrap);
		WebElement first = this.browser.findElement(By.cssSelector("#report-table tbody tr"));
		WebElement hostname = first.findElement(By.cssSelector("td[data-field='hostname']"));
		WebElement serial = first.findElement(By.cssSelector("td[data-field='serialNumber']"));
		WebElement description = first.findElement(By.cssSelector("td[data-field='description']"));
		int hostnameX = hostname.getRect().getX();
		int serialX = serial.getRect().getX();
		int descriptionX = description.getRect().getX();

		script("arguments[0].scrollLeft = 600", wrap);

		assertThat((Long) script("return arguments[0].scrollLeft", wrap)).as("the table is wider than its box")
			.isPositive();
		assertThat(description.getRect().getX()).isLessThan(descriptionX);
		assertThat(hostname.getRect().getX()).isEqualTo(hostnameX);
		assertThat(serial.getRect().getX()).isEqualTo(serialX);
		assertThat(serialX).isGreaterThanOrEqualTo(hostnameX + hostname.getRect().getWidth() - 1);

		WebElement header = this.browser.findElement(By.cssSelector("#report-table th[data-field='productId']"));
		script("arguments[0].scrollTop = 3000", wrap);

		assertThat(first.getRect().getY()).as("the rows moved up").isLessThan(wrap.getRect().getY());
		assertThat(header.getRect().getY()).isBetween(wrap.getRect().getY() - 1, wrap.getRect().getY() + 1);
	}

	private void open() {
		this.browser.get("http://localhost:" + this.port + "/");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mode"), "SIMULATOR"));
	}

	private WebElement row(String serial) {
		return this.browser.findElement(By.cssSelector("#report-table tr[data-serial='" + serial + "']"));
	}

	private List<String> visibleCells(String field) {
		return this.browser.findElements(By.cssSelector("#report-table tbody tr:not([hidden]) td[data-field='" + field + "']"))
			.stream()
			.map((cell) -> cell.getDomProperty("textContent"))
			.toList();
	}

	private List<String> texts(String selector) {
		return this.browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
	}

	private Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

	private static String cell(WebElement row, String field) {
		return row.findElement(By.cssSelector("td[data-field='" + field + "']")).getText();
	}

}
