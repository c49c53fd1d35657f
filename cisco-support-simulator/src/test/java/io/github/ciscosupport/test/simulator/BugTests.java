package io.github.ciscosupport.test.simulator;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.maps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for Bug v2.0.
 */
@CiscoSupportSimulatorTest
class BugTests {

	private static final String BASE = "/bug/v2.0/bugs/";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	BugTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void byIdsMatchesTheRecording() {
		Map<String, Object> json = ok("bug_ids/CSCvc57217");
		assertThat(json).as("no pagination block").containsOnlyKeys("bugs");
		Map<String, Object> bug = maps(json.get("bugs")).get(0);
		assertThat(bug.keySet()).containsExactly("id", "bug_id", "headline", "description", "severity", "status",
				"behavior_changed", "duplicate_of", "created_date", "last_modified_date", "product",
				"known_affected_releases", "known_fixed_releases", "support_case_count");
		assertThat(bug).containsEntry("id", "1")
			.containsEntry("bug_id", "CSCvc57217")
			.containsEntry("headline", "Cisco IOS Software Network Address Translation Denial of Service Vulnerability")
			.containsEntry("severity", "2")
			.containsEntry("status", "F")
			.containsEntry("behavior_changed", "false")
			.containsEntry("duplicate_of", "")
			.containsEntry("created_date", "")
			.containsEntry("last_modified_date", "2023-04-07")
			.containsEntry("product", "all_pi_infra_iosxe")
			.containsEntry("known_affected_releases", "15.6(03)M00a")
			.containsEntry("known_fixed_releases", "15.1(04)M12c 15.3(03)M09")
			.containsEntry("support_case_count", "47");
	}

	@Test
	void atMostFiveBugIds() {
		List<String> ids = this.sim.catalogue().bugs().stream().limit(6).map((bug) -> bug.bugId()).toList();
		assertThat(maps(ok("bug_ids/" + String.join(",", ids.subList(0, 5))).get("bugs"))).hasSize(5);
		Response tooMany = this.http.get(BASE + "bug_ids/" + String.join(",", ids));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(map(SimulatorHttp.list(map(tooMany.json().get("ErrorResponse")).get("APIError")).get(0)))
			.containsEntry("ErrorCode", "EXCEEDED_INPUTS");
	}

	@Test
	void byProductSpansManyTenBugPages() {
		String path = "products/product_id/C9410R?modified_date=5";
		Map<String, Object> first = ok(path);
		Map<String, Object> pagination = map(first.get("pagination_response_record"));
		int total = (Integer) pagination.get("total_records");
		int last = (Integer) pagination.get("last_index");
		assertThat(total).isEqualTo(this.sim.catalogue().bugsForProduct("C9410R").size());
		assertThat(last).isEqualTo((total + 9) / 10).isGreaterThanOrEqualTo(10);
		assertThat(pagination).containsEntry("page_records", 10)
			.containsEntry("title", "Bug API - Get Bugs by Base Product Id")
			.containsEntry("self_link", "https://api.cisco.com/bug/v2.0/bugs/products/product_id/C9410R?page_index=1");
		Set<Object> ids = new HashSet<>();
		for (int page = 1; page <= last; page++) {
			List<Map<String, Object>> bugs = maps(ok(path + "&page_index=" + page).get("bugs"));
			assertThat(bugs).hasSizeLessThanOrEqualTo(10)
				.allSatisfy((bug) -> assertThat(bug).containsEntry("base_pid", "C9410R"));
			bugs.forEach((bug) -> ids.add(bug.get("bug_id")));
		}
		assertThat(ids).hasSize(total);
	}

	@Test
	void modifiedDateDefaultsToThirtyDays() {
		int all = total(ok("products/product_id/C9410R?modified_date=5"));
		int recent = total(ok("products/product_id/C9410R"));
		int week = total(ok("products/product_id/C9410R?modified_date=1"));
		assertThat(recent).isEqualTo(total(ok("products/product_id/C9410R?modified_date=2")));
		assertThat(week).isLessThan(recent);
		assertThat(recent).isLessThan(all).isGreaterThan(10);
	}

	@Test
	void filtersTakeOneValue() {
		List<Map<String, Object>> bugs = maps(ok("products/product_id/C9410R?modified_date=5&severity=3&status=O")
			.get("bugs"));
		assertThat(bugs).isNotEmpty()
			.allSatisfy((bug) -> assertThat(bug).containsEntry("severity", "3").containsEntry("status", "O"));
		assertThat(this.http.get(BASE + "products/product_id/C9410R?severity=1,2,3").status()).isEqualTo(400);
		assertThat(this.http.get(BASE + "products/product_id/C9410R?status=O,F").status()).isEqualTo(400);
		assertThat(this.http.get(BASE + "products/product_id/C9410R?modified_date=6").status()).isEqualTo(400);
		assertThat(this.http.get(BASE + "products/product_id/C9410R?sort_by=nonsense").status()).isEqualTo(400);
	}

	@Test
	void sortsBySeverity() {
		List<Map<String, Object>> bugs = maps(ok("products/product_id/C9410R?modified_date=5&sort_by=severity")
			.get("bugs"));
		assertThat(bugs).extracting((bug) -> (String) bug.get("severity")).isSorted();
	}

	@Test
	void exactlyOneBasePid() {
		Response response = this.http.get(BASE + "products/product_id/C9410R,C9407R");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("EXCEEDED_INPUTS");
	}

	@Test
	void emptyResult() {
		Map<String, Object> json = ok("products/product_id/NO-SUCH-PID");
		assertThat(json.get("bugs")).isEqualTo(List.of());
		assertThat(map(json.get("pagination_response_record"))).containsEntry("last_index", 0)
			.containsEntry("total_records", 0);
	}

	@Test
	void byProductAndSoftwareReleases() {
		List<Map<String, Object>> bugs = maps(
				ok("products/product_id/C9410R/software_releases/17.3.7?modified_date=5").get("bugs"));
		assertThat(bugs).isNotEmpty()
			.allSatisfy((bug) -> assertThat((String) bug.get("known_affected_releases")).contains("17.3.7"));
	}

	@Test
	void byKeyword() {
		Map<String, Object> json = ok("keyword/OSPF%20traceback?modified_date=5");
		assertThat(map(json.get("pagination_response_record"))).containsEntry("title", "Bug API - Get Bugs by Keyword");
		assertThat(maps(json.get("bugs"))).isNotEmpty().allSatisfy((bug) -> {
			String text = (bug.get("headline") + " " + bug.get("description")).toLowerCase();
			assertThat(text).contains("ospf", "traceback");
		});
		assertThat(this.http.get(BASE + "keyword/" + "x".repeat(51)).status()).isEqualTo(400);
	}

	@Test
	void byProductSeriesAndProductName() {
		Map<String, Object> series = ok("product_series/Cisco%20Catalyst%209400%20Series%20Switches"
				+ "/affected_releases/17.3.7,17.6.6?modified_date=5");
		assertThat(total(series)).isGreaterThan(10);
		Map<String, Object> fixed = ok("product_series/Cisco%20Catalyst%209400%20Series%20Switches"
				+ "/fixed_in_releases/17.9.5?modified_date=5");
		assertThat(maps(fixed.get("bugs")))
			.allSatisfy((bug) -> assertThat((String) bug.get("known_fixed_releases")).contains("17.9.5"));
		Map<String, Object> name = ok("product_name/Cisco%20Catalyst%209410R%20Switch/affected_releases/17.3.7"
				+ "?modified_date=5");
		assertThat(total(name)).isGreaterThan(0);
		assertThat(map(name.get("pagination_response_record"))).containsEntry("title",
				"Bug API - Get Bugs by Product Name and Affected Releases");
		assertThat(maps(name.get("bugs"))).allSatisfy((bug) -> assertThat(bug)
			.containsEntry("product_name", "Cisco Catalyst 9410R Switch")
			.doesNotContainKey("product_series"));
		assertThat(maps(series.get("bugs"))).allSatisfy((bug) -> assertThat(bug)
			.containsEntry("product_series", "Cisco Catalyst 9400 Series Switches")
			.doesNotContainKey("product_name"));
	}

	private static int total(Map<String, Object> json) {
		return (Integer) map(json.get("pagination_response_record")).get("total_records");
	}

	private Map<String, Object> ok(String pathAndQuery) {
		Response response = this.http.get(BASE + pathAndQuery);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
