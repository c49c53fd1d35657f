package io.github.ciscosupport.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.product.ProductInfoClient;
import io.github.ciscosupport.client.psirt.SecurityAdvisoryClient;
import io.github.ciscosupport.client.software.SoftwareSuggestionClient;
import io.github.ciscosupport.sample.ReportProgress.ApiProgress;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RecordedRequest;
import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Device;
import io.github.ciscosupport.test.simulator.data.EoxRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The report against the embedded simulator (no credentials configured), over real HTTP. The
 * rate limiter is off only to keep the tests quick; the 5,000-device run in the README uses it.
 * The report's date is the simulator catalogue's, so that dates compare as the data intends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "cisco.support.rate-limit.enabled=false")
class LifecycleReportServiceTests {

	@Autowired
	private CiscoSupportSimulator simulator;

	private LifecycleReportService reports;

	private Catalogue catalogue;

	@BeforeEach
	void createService(@Autowired EoxClient eox, @Autowired CoverageClient coverage,
			@Autowired ProductInfoClient productInfo, @Autowired SoftwareSuggestionClient software,
			@Autowired SecurityAdvisoryClient psirt, @Autowired CacheManager cacheManager) {
		// Each test counts the calls of its own report: none answered from an earlier test's.
		cacheManager.getCacheNames().forEach((name) -> cacheManager.getCache(name).clear());
		this.catalogue = this.simulator.catalogue();
		Clock asOf = Clock.fixed(this.catalogue.asOf().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
		this.reports = new LifecycleReportService(eox, coverage, productInfo, software, psirt, asOf, true);
		this.simulator.requests().clear();
	}

	@AfterEach
	void clearFaults() {
		this.simulator.faults().clear();
	}

	@Test
	void reportsEveryColumnOfAKnownDevice() {
		LifecycleReport report = report("core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10");

		assertThat(report.simulator()).isTrue();
		assertThat(report.unavailable()).isEmpty();
		DeviceReport device = report.devices().get(0);
		assertThat(device.foundAtCisco()).isTrue();
		assertThat(device.description()).isEqualTo("Cisco 1811W Integrated Services Router");
		assertThat(device.endOfSale()).isEqualTo(LocalDate.of(2007, 6, 29));
		assertThat(device.lastDateOfSupport()).isEqualTo(LocalDate.of(2012, 6, 29));
		assertThat(device.eoxLookup()).isEqualTo(EoxAnswers.BY_PRODUCT_ID);
		assertThat(device.bulletin()).isEqualTo("EOL5834");
		assertThat(device.bulletinUrl()).startsWith("http");
		assertThat(device.migrationProductId()).isEqualTo("CISCO1811W-AG-B/K9");
		assertThat(device.covered()).isFalse();
		assertThat(device.contractEnded()).as("no contract").isNull();
		assertThat(device.suggestedRelease()).isEqualTo("12.4(15)T17");
		assertThat(device.upgradeAvailable()).as("12.4(15)T17 is older than 15.2(2)E10").isFalse();
		assertThat(device.advisories()).isEqualTo(44);
		assertThat(device.highestSeverity()).isEqualTo("Critical");
		assertThat(device.notes()).isEmpty();
		assertThat(report.summary().pastLastDateOfSupport()).isEqualTo(1);
		assertThat(report.summary().uncovered()).isEqualTo(1);
		assertThat(report.summary().criticalAdvisories()).isEqualTo(1);
	}

	@Test
	void listsTheAdvisoriesOfEachDeviceWithLinksToCiscosPages() {
		LifecycleReport report = report("core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10");

		DeviceReport device = report.devices().get(0);
		assertThat(device.advisoryIds()).hasSize(44).doesNotHaveDuplicates();
		assertThat(report.advisories()).hasSize(44).allSatisfy((advisory) -> {
			assertThat(advisory.id()).startsWith("cisco-sa-");
			assertThat(advisory.title()).isNotBlank();
			assertThat(advisory.url()).startsWith("https://sec.cloudapps.cisco.com/security/center/content")
				.contains(advisory.id());
			assertThat(advisory.devices()).isEqualTo(1);
		});
		assertThat(report.advisories()).anySatisfy((advisory) -> assertThat(advisory.cves()).isNotEmpty());
		assertThat(report.advisories().get(0).severity()).isEqualTo("Critical");
		assertThat(report.advisories()).extracting(ReportAdvisory::id).containsExactlyElementsOf(device.advisoryIds());
	}

	@Test
	void saysWhetherTheSuggestedReleaseIsNewerAndWhichAdvisoriesItFixes() {
		// A Catalyst 3850 running the oldest IOS XE release of its family: Cisco suggests a newer one.
		Device device = device((d) -> d.productId().startsWith("WS-C3850"));
		String running = "3.6.10E";

		DeviceReport report = report("sw-1," + device.serialNumber() + "," + device.productId() + ",IOS XE," + running)
			.devices()
			.get(0);

		assertThat(report.suggestedRelease()).isNotNull();
		assertThat(report.upgradeAvailable()).isTrue();
		assertThat(report.advisories()).isPositive();
		int fixed = report.advisoriesFixedBySuggestedRelease();
		int open = report.advisoriesOpenInSuggestedRelease();
		assertThat(fixed + open).isLessThanOrEqualTo(report.advisories());
		assertThat(fixed).as("PSIRT names first fixes in the suggested release's major release").isPositive();
	}

	@Test
	void flagsContractsThatEndedBeforeTheReportDate() {
		LocalDate asOf = this.catalogue.asOf();
		Device ended = device((d) -> d.covered() && d.coverageEndDate().isBefore(asOf));
		Device running = device((d) -> d.covered() && d.coverageEndDate().isAfter(asOf));

		LifecycleReport report = report("a," + ended.serialNumber() + "," + ended.productId() + ",,",
				"b," + running.serialNumber() + "," + running.productId() + ",,");

		assertThat(report.devices()).extracting(DeviceReport::contractEnd, DeviceReport::contractEnded)
			.containsExactly(tuple(ended.coverageEndDate(), true),
					tuple(running.coverageEndDate(), false));
		assertThat(report.summary().contractEnded()).isEqualTo(1);
	}

	@Test
	void aRepeatedReportIsAnsweredFromTheCacheWithoutACall() {
		Inventory inventory = InventoryReader.read(SampleInventory.csv(this.catalogue, 60));
		LifecycleReport first = this.reports.report(inventory, ProgressListener.NONE).block();
		assertThat(this.simulator.requests().apiCalls()).isPositive();
		this.simulator.requests().clear();

		LifecycleReport second = this.reports.report(inventory, ProgressListener.NONE).block();

		assertThat(this.simulator.requests().apiCalls(Api.EOX)).isZero();
		assertThat(this.simulator.requests().apiCalls(Api.SN2INFO)).isZero();
		assertThat(this.simulator.requests().apiCalls(Api.PRODUCT_INFO)).isZero();
		assertThat(this.simulator.requests().apiCalls(Api.SOFTWARE_SUGGESTION)).isZero();
		assertThat(second.devices()).isEqualTo(first.devices());
	}

	@Test
	void asksEoxByProductIdOnceForDevicesThatShareOne() {
		LifecycleReport report = this.reports
			.report(InventoryReader.read(SampleInventory.csv(this.catalogue, 60)), ProgressListener.NONE)
			.block();

		assertThat(report.devices()).hasSize(60);
		for (DeviceReport device : report.devices()) {
			Device truth = this.catalogue.device(device.serialNumber()).orElseThrow();
			assertThat(device.covered()).as(device.serialNumber()).isEqualTo(truth.covered());
			assertThat(device.lastDateOfSupport()).as(device.serialNumber())
				.isEqualTo(this.catalogue.eoxRecord(truth.productId()).map(EoxRecord::lastDateOfSupport).orElse(null));
			assertThat(device.eoxLookup()).isEqualTo(EoxAnswers.BY_PRODUCT_ID);
		}
		long productIds = report.devices().stream().map(DeviceReport::productId).distinct().count();
		assertThat(inputs("EOXByProductID")).hasSize((int) productIds);
		assertThat(inputs("EOXBySerialNumber")).as("SN2INFO confirms every PID").isEmpty();
		assertThat(this.simulator.requests().apiCalls(Api.EOX)).isEqualTo((int) Math.ceil(productIds / 20.0));
		LocalDate asOf = report.asOf();
		assertThat(report.summary().pastLastDateOfSupport()).isEqualTo((int) report.devices().stream()
			.filter((d) -> d.lastDateOfSupport() != null && d.lastDateOfSupport().isBefore(asOf))
			.count());
	}

	@Test
	void asksEoxBySerialNumberOnlyWhereTheProductIdsAnswerIsNotUsable() {
		List<Device> announced = this.catalogue.devices()
			.stream()
			.filter((d) -> this.catalogue.eoxRecord(d.productId()).isPresent())
			.filter(distinctProducts())
			.limit(3)
			.toList();
		Device notAnnounced = device((d) -> this.catalogue.eoxRecord(d.productId()).isEmpty()
				&& this.catalogue.product(d.productId()).orElseThrow().basePid().equals(d.productId()));

		LifecycleReport report = report("by-pid," + announced.get(0).serialNumber() + "," + announced.get(0).productId() + ",,",
				"not-announced," + notAnnounced.serialNumber() + "," + notAnnounced.productId() + ",,",
				"no-pid," + announced.get(1).serialNumber() + ",,,",
				"wrong-pid," + announced.get(2).serialNumber() + "," + notAnnounced.productId() + ",,");

		assertThat(report.devices()).extracting(DeviceReport::hostname, DeviceReport::eoxLookup,
				DeviceReport::lastDateOfSupport)
			.containsExactly(
					tuple("by-pid", EoxAnswers.BY_PRODUCT_ID, lastDateOfSupport(announced.get(0))),
					tuple("not-announced", EoxAnswers.BY_PRODUCT_ID, null),
					tuple("no-pid", EoxAnswers.BY_SERIAL_NUMBER, lastDateOfSupport(announced.get(1))),
					tuple("wrong-pid", EoxAnswers.BY_SERIAL_NUMBER, lastDateOfSupport(announced.get(2))));
		assertThat(report.devices().get(1).notes()).containsExactly(LifecycleReportService.NO_END_OF_LIFE);
		assertThat(report.devices().get(3).notes()).contains("Cisco shipped this serial number as "
				+ announced.get(2).productId() + ", not " + notAnnounced.productId());
		assertThat(inputs("EOXByProductID")).containsExactlyInAnyOrder(announced.get(0).productId(),
				notAnnounced.productId());
		assertThat(inputs("EOXBySerialNumber")).containsExactlyInAnyOrder(announced.get(1).serialNumber(),
				announced.get(2).serialNumber());
	}

	@Test
	void asksEoxBySerialNumberWhenSn2infoCannotConfirmThatAProductIsNotAnnounced() {
		this.simulator.faults().disableApi(Api.SN2INFO);
		Device announced = device((d) -> this.catalogue.eoxRecord(d.productId()).isPresent());
		Device notAnnounced = device((d) -> this.catalogue.eoxRecord(d.productId()).isEmpty());

		LifecycleReport report = report("a," + announced.serialNumber() + "," + announced.productId() + ",,",
				"b," + notAnnounced.serialNumber() + "," + notAnnounced.productId() + ",,");

		assertThat(report.unavailable()).containsOnlyKeys(LifecycleReportService.COVERAGE);
		assertThat(report.devices()).extracting(DeviceReport::eoxLookup)
			.containsExactly(EoxAnswers.BY_PRODUCT_ID, EoxAnswers.BY_SERIAL_NUMBER);
		assertThat(inputs("EOXBySerialNumber")).containsExactly(notAnnounced.serialNumber());
	}

	@Test
	void tellsTheProgressOfEachApi() {
		List<ReportProgress> progress = new ArrayList<>();
		Inventory inventory = InventoryReader.read(SampleInventory.csv(this.catalogue, 30) + "ghost,ZZZ00000001,,,\n");

		this.reports.report(inventory, progress::add).block();

		ReportProgress last = progress.get(progress.size() - 1);
		assertThat(last.apis()).extracting(ApiProgress::name).containsExactlyElementsOf(LifecycleReportService.APIS);
		assertThat(last.apis()).allSatisfy((api) -> assertThat(api.answered()).isEqualTo(api.total()));
		assertThat(last.apis().get(1)).isEqualTo(new ApiProgress(LifecycleReportService.COVERAGE, 31, 31));
		assertThat(progress).extracting(ReportProgress::answered).isSorted();
	}

	@Test
	void unknownSerialNumbersAreReportedAsNotFoundAtCiscoWithTheirProductsDates() {
		LifecycleReport report = report("ghost,ZZZ00000000,WS-C3560-48PS-S,,",
				"core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10");

		DeviceReport ghost = report.devices().get(0);
		assertThat(ghost.foundAtCisco()).isFalse();
		assertThat(ghost.notes()).containsExactly("not found at Cisco");
		assertThat(ghost.lastDateOfSupport()).as("the inventory's product is announced")
			.isEqualTo(this.catalogue.eoxRecord("WS-C3560-48PS-S").orElseThrow().lastDateOfSupport());
		assertThat(report.devices().get(1).foundAtCisco()).isTrue();
		assertThat(report.summary().notFoundAtCisco()).isEqualTo(1);
		assertThat(inputs("EOXBySerialNumber")).as("EoX does not know it either").isEmpty();
	}

	@Test
	void notesSerialNumbersListedMoreThanOnce() {
		LifecycleReport report = report("core-1,FHK0933224R,CISCO1811W-AG-A/K9,,", "core-2,FHK0933224R,CISCO1811W-AG-A/K9,,");

		assertThat(report.devices()).extracting(DeviceReport::notes)
			.containsExactly(List.of("serial number also on line 2"), List.of("serial number also on line 1"));
		assertThat(report.summary().duplicateSerialNumbers()).isEqualTo(1);
		assertThat(report.warnings()).containsExactly(
				"1 serial number is listed more than once: FHK0933224R (see the devices' notes)");
	}

	@Test
	void anApiTheApplicationIsNotEntitledToLeavesItsColumnEmptyAndSaysWhy() {
		this.simulator.faults().disableApi(Api.PSIRT);

		LifecycleReport report = report("core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10");

		assertThat(report.unavailable()).containsOnlyKeys(LifecycleReportService.ADVISORIES);
		assertThat(report.unavailable().get(LifecycleReportService.ADVISORIES))
			.startsWith("The application is not entitled to the PSIRT advisories API");
		DeviceReport device = report.devices().get(0);
		assertThat(device.advisories()).isNull();
		assertThat(device.notes()).containsExactly("PSIRT advisories unavailable");
		// The other columns are complete.
		assertThat(device.lastDateOfSupport()).isEqualTo(LocalDate.of(2012, 6, 29));
		assertThat(device.suggestedRelease()).isEqualTo("12.4(15)T17");
	}

	private LifecycleReport report(String... rows) {
		Inventory inventory = InventoryReader.read(String.join("\n", List.of(rows)));
		assertThat(inventory.rejectedRows()).isEmpty();
		return this.reports.report(inventory, ProgressListener.NONE).block();
	}

	private Device device(Predicate<Device> test) {
		return this.catalogue.devices().stream().filter(test).findFirst().orElseThrow();
	}

	private LocalDate lastDateOfSupport(Device device) {
		return this.catalogue.eoxRecord(device.productId()).orElseThrow().lastDateOfSupport();
	}

	private static Predicate<Device> distinctProducts() {
		Set<String> seen = new HashSet<>();
		return (device) -> seen.add(device.productId());
	}

	/** The inputs of the EoX calls to one endpoint. */
	private List<String> inputs(String endpoint) {
		return this.simulator.requests()
			.calls(Api.EOX)
			.stream()
			.filter((request) -> endpoint.equals(request.endpoint()))
			.map(RecordedRequest::inputs)
			.flatMap(Collection::stream)
			.toList();
	}

}
