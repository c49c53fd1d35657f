package io.github.ciscosupport.test.simulator.data;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the synthetic {@link Catalogue}.
 */
class CatalogueTests {

	private final Catalogue catalogue = Catalogue.standard();

	@Test
	void generationIsDeterministic() {
		Catalogue again = CatalogueGenerator.generate(Catalogue.SEED);
		assertThat(again.products()).isEqualTo(this.catalogue.products());
		assertThat(again.devices()).isEqualTo(this.catalogue.devices());
		assertThat(again.eoxRecords()).isEqualTo(this.catalogue.eoxRecords());
		assertThat(again.bugs()).isEqualTo(this.catalogue.bugs());
		assertThat(again.advisories()).isEqualTo(this.catalogue.advisories());
		assertThat(again.cases()).isEqualTo(this.catalogue.cases());
		assertThat(again.rmas()).isEqualTo(this.catalogue.rmas());
	}

	@Test
	void anotherSeedGivesOtherDataQuickly() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		Catalogue other = CatalogueGenerator.generate(42);
		long cpuMillis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
		assertThat(other.devices()).isNotEqualTo(this.catalogue.devices());
		assertThat(cpuMillis).as("CPU time to generate a catalogue").isLessThan(1500);
	}

	@Test
	void hasHundredsOfProductsAcrossFamilies() {
		List<Product> hardware = this.catalogue.products().stream().filter((product) -> !product.isVariant()).toList();
		assertThat(hardware).hasSizeGreaterThan(400);
		assertThat(hardware.stream().map(Product::series).distinct()).hasSizeGreaterThan(20);
		assertThat(this.catalogue.products().stream().filter((product) -> product.productId().contains("/")))
			.hasSizeGreaterThan(50);
		assertThat(this.catalogue.productIds()).contains("WS-C3850-48XS-E", "WS-C3850-48XS-E-RF", "C9410R",
				"WS-C3560-48PS-S", "CISCO1811W-AG-A/K9", "HWIC-4ESW", "C9500-48Y4C", "CISCO2911-HSEC+/K9",
				"NIM-1MFT-T1/E1");
		assertThat(new HashSet<>(this.catalogue.productIds())).hasSameSizeAs(this.catalogue.productIds());
	}

	@Test
	void hasThousandsOfSerialNumbersWithAndWithoutCoverage() {
		assertThat(this.catalogue.devices()).hasSizeGreaterThanOrEqualTo(5000);
		assertThat(this.catalogue.coveredSerialNumbers()).hasSizeGreaterThan(2000);
		assertThat(this.catalogue.uncoveredSerialNumbers()).hasSizeGreaterThan(1000);
		assertThat(new HashSet<>(this.catalogue.serialNumbers())).hasSameSizeAs(this.catalogue.serialNumbers());
		assertThat(this.catalogue.devices()).allSatisfy((device) -> {
			assertThat(this.catalogue.product(device.productId())).isPresent();
			assertThat(device.serialNumber()).matches("[A-Z0-9]{11}");
		});
		assertThat(this.catalogue.devices().stream().filter((device) -> device.parentSerialNumber() != null))
			.isNotEmpty();
	}

	@Test
	void pinsTheReferenceExamples() {
		assertThat(this.catalogue.device("FHK0933224R")).get()
			.satisfies((device) -> assertThat(device.productId()).isEqualTo("CISCO1811W-AG-A/K9"));
		Device fxs = this.catalogue.device("FXS2130Q286").orElseThrow();
		assertThat(fxs.productId()).isEqualTo("C9410R");
		assertThat(fxs.covered()).isTrue();
		assertThat(fxs.contractNumber()).isEqualTo("203371074");
		assertThat(fxs.coverageEndDate()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(this.catalogue.device("FOC11517LEX").orElseThrow().productId()).isEqualTo("HWIC-4ESW");
		assertThat(this.catalogue.device("FTX1910100B").orElseThrow().productId()).isEqualTo("WS-C3560-48PS-S");
		EoxRecord eox = this.catalogue.eoxRecord("CISCO1811W-AG-A/K9").orElseThrow();
		assertThat(eox.bulletinNumber()).isEqualTo("EOL5834");
		assertThat(eox.endOfSaleDate()).isEqualTo(LocalDate.of(2007, 6, 29));
		assertThat(eox.endOfSwMaintenanceReleases()).isNull();
		assertThat(this.catalogue.eoxRecord("WS-C3850-48XS-E").orElseThrow().migration().productName())
			.isEqualTo("C9500-48Y4C");
		assertThat(this.catalogue.bug("CSCvc57217").orElseThrow().supportCaseCount()).isEqualTo(47);
		assertThat(this.catalogue.advisory("cisco-sa-lsplus-Z6AQEOjk").orElseThrow().cves())
			.containsExactly("CVE-2022-20714");
	}

	@Test
	void eoxRecordsFillEveryDateFieldAndLeaveSomeEmpty() {
		List<Function<EoxRecord, LocalDate>> fields = List.of(EoxRecord::externalAnnouncementDate,
				EoxRecord::endOfSaleDate, EoxRecord::endOfSwMaintenanceReleases,
				EoxRecord::endOfSecurityVulSupportDate, EoxRecord::endOfRoutineFailureAnalysisDate,
				EoxRecord::endOfServiceContractRenewal, EoxRecord::lastDateOfSupport, EoxRecord::endOfSvcAttachDate,
				EoxRecord::updatedTimeStamp);
		assertThat(this.catalogue.eoxRecords()).hasSizeGreaterThan(2500);
		for (Function<EoxRecord, LocalDate> field : fields) {
			assertThat(this.catalogue.eoxRecords().stream().map(field).filter(Objects::nonNull)).isNotEmpty();
		}
		assertThat(this.catalogue.eoxRecords().stream().filter((r) -> r.endOfSecurityVulSupportDate() == null))
			.isNotEmpty();
		assertThat(this.catalogue.eoxRecords().stream().filter((r) -> r.endOfSwMaintenanceReleases() == null))
			.isNotEmpty();
		assertThat(this.catalogue.eoxRecords().stream().map((r) -> r.migration().option()).distinct())
			.contains("Enter PID(s)", "Enter Product Name(s)", "See Migration Section");
		Set<String> pids = new HashSet<>();
		assertThat(this.catalogue.eoxRecords()).allSatisfy((record) -> assertThat(pids.add(record.productId())).isTrue());
	}

	@Test
	void bugsAdvisoriesSoftwareCasesAndRmas() {
		assertThat(this.catalogue.bugs()).hasSizeGreaterThan(2000);
		assertThat(this.catalogue.bugsForProduct("C9410R")).hasSizeGreaterThan(100);
		assertThat(this.catalogue.bugs().stream().map(Bug::status).distinct()).containsExactlyInAnyOrder("O", "F", "T");
		assertThat(this.catalogue.bugs().stream().map(Bug::severity).distinct()).contains(1, 2, 3, 4, 5, 6);
		assertThat(this.catalogue.advisories()).hasSizeGreaterThanOrEqualTo(500);
		assertThat(this.catalogue.advisories().stream().map(Advisory::sir).distinct()).contains("Critical", "High",
				"Medium", "Low");
		assertThat(this.catalogue.advisories().stream().map(Advisory::osType).filter(Objects::nonNull).distinct())
			.contains("ios", "iosxe", "nxos", "asa", "ftd");
		assertThat(this.catalogue.advisories()).allSatisfy((advisory) -> assertThat(advisory.cves()).isNotEmpty());
		assertThat(this.catalogue.software("C9410R")).isNotEmpty();
		assertThat(this.catalogue.software("ISR4331/K9")).hasSize(2);
		assertThat(this.catalogue.software("HWIC-4ESW")).isEmpty();
		assertThat(this.catalogue.cases()).hasSizeGreaterThan(20);
		assertThat(this.catalogue.rmas()).hasSizeGreaterThan(10);
		assertThat(this.catalogue.rmas()).allSatisfy((rma) -> assertThat(this.catalogue.supportCase(rma.caseId()))
			.get()
			.satisfies((c) -> assertThat(c.rmaNumbers()).contains(String.valueOf(rma.rmaNumber()))));
	}

	@Test
	void expandsBracePatterns() {
		assertThat(Family.expand("A{1,2}B{x,}")).containsExactly("A1Bx", "A1B", "A2Bx", "A2B");
		assertThat(Family.expand("C9410R")).containsExactly("C9410R");
	}

}
