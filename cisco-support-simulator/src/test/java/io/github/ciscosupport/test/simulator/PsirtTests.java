package io.github.ciscosupport.test.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;
import io.github.ciscosupport.test.simulator.data.Advisory;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.maps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for PSIRT openVuln v2.
 */
@CiscoSupportSimulatorTest
class PsirtTests {

	private static final String BASE = "/security/advisories/v2/";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	PsirtTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void latestShape() {
		Map<String, Object> json = ok("latest/1");
		assertThat(json).containsOnlyKeys("advisories");
		Map<String, Object> advisory = maps(json.get("advisories")).get(0);
		assertThat(advisory.keySet()).containsExactly("advisoryId", "advisoryTitle", "bugIDs", "cves", "cwe",
				"ipsSignatures", "cvssBaseScore", "sir", "status", "version", "firstPublished", "lastUpdated",
				"productNames", "publicationUrl", "cvrfUrl", "csafUrl", "summary");
		assertThat(advisory.get("bugIDs")).isInstanceOf(List.class);
		assertThat(advisory.get("cves")).isInstanceOf(List.class);
		assertThat(advisory.get("productNames")).isInstanceOf(List.class);
		assertThat(advisory.get("cvssBaseScore")).isInstanceOf(String.class);
		assertThat((String) advisory.get("firstPublished")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
		assertThat(advisory).containsEntry("advisoryId", this.sim.catalogue().advisories().get(0).advisoryId());
		assertThat(maps(ok("latest/100").get("advisories"))).hasSize(100);
		assertThat(this.http.get(BASE + "latest/101").status()).isEqualTo(406);
		assertThat(this.http.get(BASE + "latest/0").status()).isEqualTo(406);
	}

	@Test
	void referenceAdvisory() {
		Map<String, Object> advisory = maps(ok("advisory/cisco-sa-lsplus-Z6AQEOjk").get("advisories")).get(0);
		assertThat(advisory).containsEntry("bugIDs", List.of("CSCvy48962"))
			.containsEntry("cves", List.of("CVE-2022-20714"))
			.containsEntry("cwe", List.of("CWE-20"))
			.containsEntry("ipsSignatures", List.of("NA"))
			.containsEntry("cvssBaseScore", "8.6")
			.containsEntry("sir", "High")
			.containsEntry("status", "Final")
			.containsEntry("version", "1.1")
			.containsEntry("firstPublished", "2022-04-13T23:00:00")
			.containsEntry("lastUpdated", "2022-04-29T04:28:53")
			.containsEntry("productNames", List.of("Cisco IOS XR Software"));
		assertThat(maps(ok("cve/CVE-2022-20714").get("advisories"))).hasSize(1);
		assertThat(maps(ok("bugid/CSCvy48962").get("advisories"))).hasSize(1);
	}

	@Test
	void allPages() {
		int total = this.sim.catalogue().advisories().size();
		Map<String, Object> first = ok("all?pageIndex=1&pageSize=100");
		assertThat(map(first.get("paging"))).isEqualTo(
				Map.of("next", "/all?pageIndex=2&pageSize=100", "prev", "NA", "count", total));
		Set<Object> ids = new HashSet<>();
		int pages = (total + 99) / 100;
		for (int page = 1; page <= pages; page++) {
			Map<String, Object> json = ok("all?pageIndex=" + page + "&pageSize=100");
			maps(json.get("advisories")).forEach((advisory) -> ids.add(advisory.get("advisoryId")));
			if (page == pages) {
				assertThat(map(json.get("paging"))).containsEntry("next", "NA")
					.containsEntry("prev", "/all?pageIndex=" + (pages - 1) + "&pageSize=100");
			}
		}
		assertThat(ids).hasSize(total);
		assertThat(ok("all")).as("no paging without pageIndex/pageSize").doesNotContainKey("paging");
	}

	@Test
	void badPagingGets406() {
		for (String query : List.of("pageIndex=0", "pageIndex=abc", "pageIndex=1&pageSize=101",
				"pageIndex=1&pageSize=0")) {
			Response response = this.http.get(BASE + "all?" + query);
			assertThat(response.status()).as(query).isEqualTo(406);
			assertThat(response.json()).containsKeys("errorCode", "errorMessage");
		}
	}

	@Test
	void noDataGets404() {
		Response response = this.http.get(BASE + "cve/CVE-1999-0001");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json()).isEqualTo(Map.of("errorCode", "NO_DATA_FOUND", "errorMessage", "No data found"));
	}

	@Test
	void bySeverityAndDates() {
		Map<String, Object> high = ok("severity/high?pageIndex=1&pageSize=10");
		assertThat(maps(high.get("advisories"))).allSatisfy((a) -> assertThat(a).containsEntry("sir", "High"));
		assertThat((String) map(high.get("paging")).get("next")).isEqualTo("/severity/high?pageIndex=2&pageSize=10");
		List<Map<String, Object>> dated = maps(
				ok("severity/critical/firstpublished?startDate=2020-01-01&endDate=2022-12-31").get("advisories"));
		assertThat(dated).isNotEmpty().allSatisfy((a) -> assertThat((String) a.get("firstPublished"))
			.isBetween("2020-01-01", "2022-12-31T23:59:59"));
		assertThat(this.http.get(BASE + "severity/urgent").status()).isEqualTo(406);
		assertThat(this.http.get(BASE + "severity/high/firstpublished?startDate=yesterday").status())
			.isEqualTo(406);
	}

	@Test
	void byYearPages() {
		long count = this.sim.catalogue()
			.advisories()
			.stream()
			.filter((advisory) -> advisory.firstPublished().getYear() == 2023)
			.count();
		Map<String, Object> json = ok("year/2023?pageIndex=1&pageSize=10");
		assertThat(map(json.get("paging"))).containsEntry("next", "/year/2023?pageIndex=2&pageSize=10")
			.containsEntry("prev", "NA")
			.containsEntry("count", (int) count);
	}

	@Test
	void byProduct() {
		List<Map<String, Object>> advisories = maps(ok("product?product=Cisco%20NX-OS%20Software").get("advisories"));
		assertThat(advisories).isNotEmpty()
			.allSatisfy((a) -> assertThat(a.get("productNames").toString()).contains("Cisco NX-OS Software"));
	}

	@Test
	void byOsTypeAndVersion() {
		Advisory expected = this.sim.catalogue()
			.advisories()
			.stream()
			.filter((advisory) -> "iosxe".equals(advisory.osType()))
			.findFirst()
			.orElseThrow();
		String version = expected.affectedVersions().get(0);
		List<Map<String, Object>> advisories = maps(ok("OSType/iosxe?version=" + version).get("advisories"));
		assertThat(advisories).extracting((a) -> a.get("advisoryId")).contains(expected.advisoryId());
		assertThat(advisories.get(0)).containsKeys("platforms", "firstFixed", "iosRelease");
		assertThat(advisories.get(0).get("iosRelease")).isEqualTo(List.of(version));
		assertThat(this.http.get(BASE + "OSType/windows?version=1").status()).isEqualTo(406);
		assertThat(this.http.get(BASE + "OSType/iosxe").status()).isEqualTo(406);
	}

	@Test
	void osData() {
		List<Object> versions = this.http.get(BASE + "OS_version/OS_data?OSType=nxos").jsonList();
		assertThat(versions).contains(Map.of("version", "9.3(12)"));
		assertThat(this.http.get(BASE + "OS_version/OS_data").status()).isEqualTo(406);
	}

	private Map<String, Object> ok(String pathAndQuery) {
		Response response = this.http.get(BASE + pathAndQuery);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
