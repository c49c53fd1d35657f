package io.github.ciscosupport.test.simulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.maps;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.segment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for Product Information v1.
 */
@CiscoSupportSimulatorTest
class ProductInfoTests {

	private static final String BASE = "/product/v1/information/";

	private static final Map<String, Object> ZERO_PAGINATION = Map.of("last_index", 0, "page_index", 0,
			"page_records", 0, "total_records", 0);

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	ProductInfoTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void bySerialNumber() {
		Map<String, Object> json = ok("serial_numbers/FTX1910100B");
		assertThat(map(json.get("pagination_response_record"))).isEqualTo(ZERO_PAGINATION);
		Map<String, Object> item = maps(json.get("product_list")).get(0);
		assertThat(item).containsEntry("id", "1")
			.containsEntry("sr_no", "FTX1910100B")
			.containsEntry("base_pid", "WS-C3560-48PS-S")
			.containsEntry("orderable_pid", "WS-C3560-48PS-S")
			.containsEntry("product_name", "Catalyst 3560 48 10/100 PoE + 4 SFP")
			.containsEntry("product_series", "Cisco Catalyst 3560 Series Switches")
			.containsEntry("orderable_status", "Not Orderable")
			.containsEntry("weight", "10.0 lb")
			.containsEntry("form_factor", "Fixed")
			.containsKeys("product_type", "product_category", "product_subcategory", "release_date",
					"product_support_page", "visio_stencil_url");
		assertThat(map(item.get("dimensions"))).isEqualTo(
				Map.of("dimensions_format", "H x W x D", "dimensions_value", "1.73 x 17.5 x 11.8 in"));
		assertThat(map(item.get("rich_media_urls"))).containsKeys("large_image_url", "small_image_url");
	}

	@Test
	void byProductIdsWithSlash() {
		Map<String, Object> json = ok("product_ids/" + segment("CISCO1811W-AG-A/K9") + ",C9410R");
		assertThat(map(json.get("pagination_response_record"))).isEqualTo(ZERO_PAGINATION);
		assertThat(maps(json.get("product_list"))).extracting((item) -> item.get("orderable_pid"))
			.containsExactly("CISCO1811W-AG-A/K9", "C9410R");
	}

	@Test
	void mdfItems() {
		Map<String, Object> item = maps(ok("product_ids_mdf/C9410R").get("product_list")).get(0);
		assertThat(item.keySet()).containsExactly("id", "product_id", "product_name", "product_name_mdf",
				"product_series", "product_series_mdf");
		assertThat(item).containsEntry("product_series", "Cisco Catalyst 9400 Series Switches");
	}

	@Test
	void missGivesAnItemWithErrorResponse() {
		Map<String, Object> json = ok("serial_numbers/NOSUCHSERIAL1");
		assertThat(map(json.get("pagination_response_record"))).isEqualTo(ZERO_PAGINATION);
		List<Map<String, Object>> items = maps(json.get("product_list"));
		assertThat(items).hasSize(1);
		assertThat(map(map(items.get(0).get("ErrorResponse")).get("APIError"))).containsEntry("ErrorCode",
				"NO_RECORDS_FOUND");
	}

	@Test
	void atMostFiveInputs() {
		List<String> serials = this.sim.catalogue().serialNumbers();
		assertThat(maps(ok("serial_numbers/" + String.join(",", serials.subList(0, 5))).get("product_list")))
			.hasSize(5);
		Response tooMany = this.http.get(BASE + "serial_numbers/" + String.join(",", serials.subList(0, 6)));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("EXCEEDED_INPUTS");
		assertThat(this.http.get(BASE + "product_ids/" + String.join(",", this.sim.catalogue().productIds()
			.stream()
			.filter((pid) -> !pid.contains("/") && !pid.contains("+"))
			.limit(6)
			.toList())).status()).isEqualTo(400);
	}

	private Map<String, Object> ok(String pathAndQuery) {
		Response response = this.http.get(BASE + pathAndQuery);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
