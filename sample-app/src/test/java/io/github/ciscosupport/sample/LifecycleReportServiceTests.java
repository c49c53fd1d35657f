package io.github.ciscosupport.sample;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Device;
import io.github.ciscosupport.test.simulator.data.EoxRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report against the embedded simulator (no credentials configured), over real HTTP. The
 * rate limiter is off only to keep the tests quick; the 5,000-device run in the README uses it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = "cisco.support.rate-limit.enabled=false")
class LifecycleReportServiceTests {

	@Autowired
	private LifecycleReportService reports;

	@Autowired
	private CiscoSupportSimulator simulator;

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
		assertThat(device.migrationProductId()).isEqualTo("CISCO1811W-AG-B/K9");
		assertThat(device.covered()).isFalse();
		assertThat(device.suggestedRelease()).isEqualTo("12.4(15)T17");
		assertThat(device.advisories()).isEqualTo(44);
		assertThat(device.highestSeverity()).isEqualTo("Critical");
		assertThat(device.notes()).isEmpty();
		assertThat(report.summary().pastLastDateOfSupport()).isEqualTo(1);
		assertThat(report.summary().uncovered()).isEqualTo(1);
		assertThat(report.summary().criticalAdvisories()).isEqualTo(1);
	}

	@Test
	void agreesWithTheSimulatorsCatalogueForASampleInventory() {
		Catalogue catalogue = this.simulator.catalogue();
		LifecycleReport report = this.reports
			.report(InventoryReader.read(SampleInventory.csv(catalogue, 60)), ProgressListener.NONE)
			.block();

		assertThat(report.devices()).hasSize(60);
		for (DeviceReport device : report.devices()) {
			Device truth = catalogue.device(device.serialNumber()).orElseThrow();
			assertThat(device.covered()).as(device.serialNumber()).isEqualTo(truth.covered());
			assertThat(device.lastDateOfSupport()).as(device.serialNumber())
				.isEqualTo(catalogue.eoxRecord(truth.productId()).map(EoxRecord::lastDateOfSupport).orElse(null));
		}
		LocalDate today = report.asOf();
		assertThat(report.summary().pastLastDateOfSupport()).isEqualTo((int) report.devices().stream()
			.filter((d) -> d.lastDateOfSupport() != null && d.lastDateOfSupport().isBefore(today))
			.count());
		assertThat(report.summary().uncovered())
			.isEqualTo((int) report.devices().stream().filter((d) -> !catalogue.device(d.serialNumber()).orElseThrow().covered()).count());
	}

	@Test
	void unknownSerialNumbersAreReportedAsNotFoundAtCisco() {
		LifecycleReport report = report("ghost,ZZZ00000000,WS-C3560-48PS-S,,",
				"core-1,FHK0933224R,CISCO1811W-AG-A/K9,IOS Software,15.2(2)E10");

		DeviceReport ghost = report.devices().get(0);
		assertThat(ghost.foundAtCisco()).isFalse();
		assertThat(ghost.notes()).containsExactly("not found at Cisco");
		assertThat(ghost.lastDateOfSupport()).isNull();
		assertThat(report.devices().get(1).foundAtCisco()).isTrue();
		assertThat(report.summary().notFoundAtCisco()).isEqualTo(1);
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

}
