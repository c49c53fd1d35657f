package io.github.ciscosupport.client.psirt;

import java.time.LocalDate;
import java.util.List;

import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RecordedRequest;
import io.github.ciscosupport.test.simulator.data.Advisory;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@CiscoSupportSimulatorTest
class SecurityAdvisoryClientTests {

	private static final String PINNED = "cisco-sa-lsplus-Z6AQEOjk";

	private final CiscoSupportSimulator sim;

	private final SecurityAdvisoryClient psirt;

	SecurityAdvisoryClientTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.psirt = SimulatorClients.of(sim).securityAdvisories();
	}

	@Test
	void latestReadsArraysAndTimestamps() {
		List<SecurityAdvisory> latest = this.psirt.latest(5).collectList().block();
		List<Advisory> expected = this.sim.catalogue().advisories().subList(0, 5);
		assertThat(latest).extracting(SecurityAdvisory::advisoryId)
			.containsExactlyElementsOf(expected.stream().map(Advisory::advisoryId).toList());
		assertThat(latest.get(0).firstPublished()).isEqualTo(expected.get(0).firstPublished());
		assertThat(latest.get(0).cveIds()).isEqualTo(expected.get(0).cves());
		assertThat(latest.get(0).bugIds()).isEqualTo(expected.get(0).bugIds());
		assertThat(calls()).extracting(RecordedRequest::path).containsExactly("/security/advisories/v2/latest/5");
	}

	@Test
	void byAdvisoryIdCveIdAndBugIdFindThePinnedAdvisory() {
		ItemResult<String, SecurityAdvisory> result = this.psirt.byAdvisoryId(PINNED).block();
		assertThat(result.input()).isEqualTo(PINNED);
		SecurityAdvisory advisory = result.valueOrThrow();
		assertThat(advisory.cveIds()).containsExactly("CVE-2022-20714");
		assertThat(advisory.sir()).isEqualTo("High");
		assertThat(this.psirt.byCveId("CVE-2022-20714").map(SecurityAdvisory::advisoryId).collectList().block())
			.contains(PINNED);
		assertThat(this.psirt.byBugId(advisory.bugIds().get(0)).map(SecurityAdvisory::advisoryId).collectList().block())
			.contains(PINNED);
	}

	@Test
	void noDataFoundIsAnEmptySearch() {
		StepVerifier.create(this.psirt.byCveId("CVE-1999-0000")).verifyComplete();
		assertThat(calls()).extracting(RecordedRequest::status).containsExactly(404);
	}

	@Test
	void anUnknownAdvisoryIdIsNotFoundWithCiscosCode() {
		StepVerifier.create(this.psirt.byAdvisoryId("cisco-sa-does-not-exist")).assertNext((result) -> {
			assertThat(result.input()).isEqualTo("cisco-sa-does-not-exist");
			assertThat(result.error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
			assertThat(result.error().code()).isEqualTo("NO_DATA_FOUND");
		}).verifyComplete();
		assertThat(calls()).singleElement().satisfies((call) -> {
			assertThat(call.path()).isEqualTo("/security/advisories/v2/advisory/cisco-sa-does-not-exist");
			assertThat(call.status()).isEqualTo(404);
		});
	}

	@Test
	void anAdvisoryIdWithWhitespaceIsAnInvalidInputWithoutACall() {
		ItemResult<String, SecurityAdvisory> result = this.psirt.byAdvisoryId("cisco-sa x").block();
		assertThat(result.error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
		assertThat(result.error().description()).contains("whitespace");
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	@Test
	void allIsWalkedInPagesOf100() {
		List<SecurityAdvisory> all = this.psirt.all().collectList().block();
		assertThat(all).hasSize(this.sim.catalogue().advisories().size());
		assertThat(all).extracting(SecurityAdvisory::advisoryId).doesNotHaveDuplicates();
		int pages = (this.sim.catalogue().advisories().size() + 99) / 100;
		assertThat(calls()).hasSize(pages).allSatisfy((call) -> assertThat(call.queryParameter("pageSize")).isEqualTo("100"));
		assertThat(calls().get(pages - 1).queryParameter("pageIndex")).isEqualTo(String.valueOf(pages));
	}

	@Test
	void pagesAreRequestedOnlyOnDemand() {
		assertThat(this.psirt.all().take(150).collectList().block()).hasSize(150);
		assertThat(calls()).hasSize(2);
	}

	@Test
	void bySeverityWithinFirstPublishedDates() {
		LocalDate from = LocalDate.of(2023, 1, 1);
		LocalDate to = LocalDate.of(2024, 6, 30);
		List<SecurityAdvisory> high = this.psirt
			.bySeverity(AdvisorySeverity.HIGH, AdvisoryQuery.none().firstPublishedBetween(from, to))
			.collectList()
			.block();
		long expected = this.sim.catalogue().advisories().stream().filter((advisory) -> advisory.sir().equals("High")
				&& !advisory.firstPublished().toLocalDate().isBefore(from)
				&& !advisory.firstPublished().toLocalDate().isAfter(to)).count();
		assertThat(expected).isPositive();
		assertThat(high).hasSize((int) expected).allSatisfy((advisory) -> assertThat(advisory.sir()).isEqualTo("High"));
		RecordedRequest call = calls().get(0);
		assertThat(call.path()).isEqualTo("/security/advisories/v2/severity/high/firstpublished");
		assertThat(call.queryParameter("startDate")).isEqualTo("2023-01-01");
		assertThat(call.queryParameter("endDate")).isEqualTo("2024-06-30");
	}

	@Test
	void bySeverityWalksEveryPage() {
		long expected = this.sim.catalogue().advisories().stream().filter((advisory) -> advisory.sir().equals("Medium")).count();
		assertThat(this.psirt.bySeverity(AdvisorySeverity.MEDIUM).count().block()).isEqualTo(expected);
		assertThat(calls()).hasSize((int) ((expected + 99) / 100));
	}

	@Test
	void byYearAndByProductName() {
		long in2023 = this.sim.catalogue().advisories().stream().filter((advisory) -> advisory.firstPublished().getYear() == 2023).count();
		assertThat(this.psirt.byYear(2023).count().block()).isEqualTo(in2023).isPositive();
		long xr = this.sim.catalogue().advisories().stream()
			.filter((advisory) -> advisory.productNames().stream().anyMatch((name) -> name.toLowerCase().contains("cisco ios xr software")))
			.count();
		List<SecurityAdvisory> byProduct = this.psirt.byProductName("Cisco IOS XR Software").collectList().block();
		assertThat(byProduct).hasSize((int) xr).extracting(SecurityAdvisory::advisoryId).contains(PINNED);
		assertThat(calls().get(1).queryParameter("product")).isEqualTo("Cisco IOS XR Software");
	}

	@Test
	void byOsTypeReadsPlatformsAndFirstFixes() {
		Advisory indexed = this.sim.catalogue().advisories().stream()
			.filter((advisory) -> "iosxe".equals(advisory.osType()))
			.findFirst()
			.orElseThrow();
		String version = indexed.affectedVersions().get(0);
		List<SecurityAdvisory> advisories = this.psirt.byOsType(OsType.IOS_XE, version).collectList().block();
		SecurityAdvisory found = advisories.stream().filter((advisory) -> advisory.advisoryId().equals(indexed.advisoryId())).findFirst().orElseThrow();
		assertThat(found.firstFixed()).isEqualTo(indexed.firstFixed());
		assertThat(found.platforms()).singleElement().satisfies((platform) -> {
			assertThat(platform.vulnerabilityState()).isEqualTo("Vulnerable");
			assertThat(platform.firstFixes()).extracting(SecurityAdvisory.Release::name).isEqualTo(indexed.firstFixed());
		});
		assertThat(found.iosReleases()).containsExactly(version);
		assertThat(calls().get(0).path()).isEqualTo("/security/advisories/v2/OSType/iosxe");
		assertThat(calls().get(0).queryParameter("version")).isEqualTo(version);
	}

	@Test
	void osTypesAreThoseOfTheApi() {
		assertThat(OsType.values()).extracting(OsType::pathValue)
			.containsExactly("ios", "iosxe", "nxos", "asa", "ftd", "fxos", "fmc", "aci");
	}

	@Test
	void aQueryCiscoRefusesWith406IsAnInvalidAdvisoryQuery() {
		StepVerifier.create(this.psirt.byYear(2099)).verifyErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(InvalidAdvisoryQueryException.class).hasMessageContaining("INVALID_YEAR");
			assertThat(((InvalidAdvisoryQueryException) ex).getStatusCode()).isEqualTo(406);
			assertThat(((InvalidAdvisoryQueryException) ex).getErrorCode()).isEqualTo("INVALID_YEAR");
		});
		assertThat(calls()).extracting(RecordedRequest::status).containsExactly(406);
	}

	@Test
	void argumentsAreCheckedBeforeAnyCall() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.psirt.latest(0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.psirt.latest(101));
		assertThatIllegalArgumentException().isThrownBy(() -> this.psirt.byYear(1994));
		assertThatIllegalArgumentException().isThrownBy(() -> this.psirt.byAdvisoryId(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> this.psirt.byCveId("CVE 2022"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.psirt.byBugId(null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.psirt.byProductName(""));
		assertThatIllegalArgumentException().isThrownBy(() -> this.psirt.byOsType(OsType.ASA, "9.8 1"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AdvisoryQuery.none().firstPublishedBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new AdvisoryQuery(LocalDate.of(2024, 2, 1), null));
		assertThat(this.sim.requests().apiCalls()).isZero();
	}

	private List<RecordedRequest> calls() {
		return this.sim.requests().calls(Api.PSIRT);
	}

}
