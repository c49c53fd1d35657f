package io.github.ciscosupport.test.simulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;
import io.github.ciscosupport.test.simulator.data.Device;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.list;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.maps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for SN2INFO v2.
 */
@CiscoSupportSimulatorTest
class Sn2InfoTests {

	private static final String BASE = "/sn2info/v2/";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	Sn2InfoTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void coverageStatus() {
		Map<String, Object> json = ok("coverage/status/serial_numbers/FXS2130Q286,FHK0933224R,NOSUCHSERIAL1");
		assertThat(json).containsOnlyKeys("serial_numbers");
		List<Map<String, Object>> items = maps(json.get("serial_numbers"));
		assertThat(items.get(0)).isEqualTo(
				Map.of("sr_no", "FXS2130Q286", "is_covered", "YES", "coverage_end_date", "2023-12-31"));
		assertThat(items.get(1)).isEqualTo(Map.of("sr_no", "FHK0933224R", "is_covered", "NO"));
		assertThat(items.get(2)).containsEntry("sr_no", "NOSUCHSERIAL1");
		Object apiError = map(items.get(2).get("ErrorResponse")).get("APIError");
		assertThat(apiError).as("APIError is an object inside an item").isInstanceOf(Map.class);
		assertThat(map(apiError)).containsEntry("ErrorCode", "NO_RECORDS_FOUND");
	}

	@Test
	void ownerStatus() {
		List<Map<String, Object>> items = maps(ok("coverage/owner_status/serial_numbers/FXS2130Q286").get(
				"serial_numbers"));
		assertThat(items.get(0)).containsEntry("sr_no_owner", "YES").containsEntry("is_covered", "YES");
	}

	@Test
	void orderablePids() {
		Map<String, Object> json = ok("identifiers/orderable/serial_numbers/FOC11517LEX");
		assertThat(json).containsOnlyKeys("serial_numbers");
		Map<String, Object> item = maps(json.get("serial_numbers")).get(0);
		assertThat(item).containsEntry("sr_no", "FOC11517LEX");
		assertThat(maps(item.get("orderable_pid_list"))).containsExactly(
				Map.of("orderable_pid", "HWIC-4ESW", "pillar_code", "1", "pillar_description", "TAC SUPPORT"));
	}

	@Test
	void coverageSummaryMatchesTheRecording() {
		Map<String, Object> json = ok("coverage/summary/serial_numbers/FXS2130Q286?page_index=1");
		assertThat(map(json.get("pagination_response_record"))).isEqualTo(Map.of("last_index", 1, "page_index", 1,
				"page_records", 1, "self_link",
				"https://api.cisco.com/sn2info/v2/coverage/summary/serial_numbers/FXS2130Q286?page_index=1", "title",
				"Get Coverage Summary by Serial Numbers - SN2INFO API", "total_records", 1));
		Map<String, Object> item = maps(json.get("serial_numbers")).get(0);
		assertThat(item).containsEntry("id", "1")
			.containsEntry("sr_no", "FXS2130Q286")
			.containsEntry("parent_sr_no", "")
			.containsEntry("is_covered", "YES")
			.containsEntry("contract_site_customer_name", "CISCO IT INTERNAL GLOBAL PRODUCTION NETWORK")
			.containsEntry("contract_site_city", "SAN JOSE")
			.containsEntry("covered_product_line_end_date", "2023-12-31")
			.containsEntry("service_contract_number", "203371074")
			.containsEntry("service_line_descr", "CX LEVEL 2 8X5XNBD")
			.containsEntry("warranty_end_date", "2029-04-09")
			.containsEntry("warranty_type", "WARR-ELTD-LIFE-HW")
			.containsEntry("warranty_type_description", "http://www.cisco.com/go/warranty");
		assertThat(maps(item.get("base_pid_list"))).containsExactly(Map.of("base_pid", "C9410R"));
		assertThat(maps(item.get("orderable_pid_list")).get(0)).containsEntry("orderable_pid", "C9410R")
			.containsEntry("item_description", "Cisco Catalyst 9400 Series 10 slot chassis")
			.containsEntry("item_position", "P")
			.containsEntry("item_type", "CHASSIS")
			.containsEntry("pillar_code", "1,2,3");
	}

	@Test
	void coverageSummaryOfUncoveredSerialIsSparse() {
		Map<String, Object> item = maps(ok("coverage/summary/serial_numbers/FHK0933224R").get("serial_numbers"))
			.get(0);
		assertThat(item).containsEntry("is_covered", "NO")
			.doesNotContainKeys("service_contract_number", "contract_site_customer_name",
					"covered_product_line_end_date");
	}

	@Test
	void coverageSummaryPages() {
		List<String> serials = this.sim.catalogue().serialNumbers().subList(0, 25);
		String path = "coverage/summary/serial_numbers/" + String.join(",", serials);
		Map<String, Object> first = ok(path);
		assertThat(map(first.get("pagination_response_record"))).containsEntry("last_index", 3)
			.containsEntry("total_records", 25)
			.containsEntry("page_records", 10);
		Map<String, Object> third = ok(path + "?page_index=3");
		assertThat(map(third.get("pagination_response_record"))).containsEntry("page_index", 3)
			.containsEntry("page_records", 5);
		assertThat(maps(third.get("serial_numbers"))).extracting((item) -> item.get("sr_no"))
			.containsExactlyElementsOf(serials.subList(20, 25));
		assertThat(maps(third.get("serial_numbers")).get(0)).containsEntry("id", "21");
	}

	@Test
	void coverageSummaryByInstanceNumbers() {
		Device device = this.sim.catalogue().device("FXS2130Q286").orElseThrow();
		Map<String, Object> json = ok("coverage/summary/instance_numbers/" + device.instanceNumber());
		assertThat(map(json.get("pagination_response_record"))).containsEntry("title",
				"Get Coverage Summary by Instance Numbers - SN2INFO API");
		assertThat(maps(json.get("instance_numbers")).get(0)).containsEntry("instance_number", device.instanceNumber())
			.containsEntry("sr_no", "FXS2130Q286");
	}

	@Test
	void atMostSeventyFiveSerialNumbers() {
		List<String> serials = this.sim.catalogue().serialNumbers();
		assertThat(maps(ok("coverage/status/serial_numbers/" + String.join(",", serials.subList(0, 75)))
			.get("serial_numbers"))).hasSize(75);
		Response tooMany = this.http.get(BASE + "coverage/status/serial_numbers/"
				+ String.join(",", serials.subList(0, 76)));
		assertThat(tooMany.status()).isEqualTo(400);
		Object apiError = map(tooMany.json().get("ErrorResponse")).get("APIError");
		assertThat(list(apiError)).as("APIError is a list at the top level").hasSize(1);
		assertThat(map(list(apiError).get(0))).containsEntry("ErrorCode", "EXCEEDED_INPUTS")
			.containsKeys("ErrorDescription", "SuggestedAction");
	}

	private Map<String, Object> ok(String pathAndQuery) {
		Response response = this.http.get(BASE + pathAndQuery);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
