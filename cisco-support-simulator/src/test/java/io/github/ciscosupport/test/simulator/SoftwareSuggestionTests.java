package io.github.ciscosupport.test.simulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;
import io.github.ciscosupport.test.simulator.data.Product;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.maps;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.segment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for Software Suggestion v2.
 */
@CiscoSupportSimulatorTest
class SoftwareSuggestionTests {

	private static final String BASE = "/software/suggestion/v2/suggestions/";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	SoftwareSuggestionTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void softwareByProductId() {
		Map<String, Object> json = ok("software/productIds/WS-C3560-48PS-S?pageIndex=1");
		assertThat(json.keySet()).containsExactly("status", "paginationResponseRecord", "productList");
		assertThat(json).containsEntry("status", "Success");
		assertThat(map(json.get("paginationResponseRecord"))).isEqualTo(
				Map.of("pageIndex", 1, "lastIndex", 1, "totalRecords", 1, "pageRecords", 1));
		Map<String, Object> item = maps(json.get("productList")).get(0);
		assertThat(map(item.get("product"))).containsEntry("basePID", "WS-C3560-48PS-S")
			.containsEntry("softwareType", "IOS Software")
			.containsKeys("mdfId", "productName");
		Map<String, Object> suggestion = maps(item.get("suggestions")).get(0);
		assertThat(suggestion).containsEntry("isSuggested", "Y")
			.containsEntry("releaseTrain", "E")
			.containsKeys("id", "releaseFormat1", "releaseFormat2", "majorRelease", "releaseLifeCycle", "relDispName",
					"trainDispName");
		assertThat((String) suggestion.get("releaseDate")).matches("\\d{2}-[A-Z][a-z]{2}-\\d{4}");
		Map<String, Object> image = maps(suggestion.get("images")).get(0);
		assertThat(image).containsKeys("imageName", "imageSize", "featureSet", "description", "requiredDRAM",
				"requiredFlash");
		assertThat(image.get("imageSize")).isInstanceOf(String.class);
	}

	@Test
	void emptyFieldsAreOmitted() {
		Map<String, Object> suggestion = maps(maps(ok("software/productIds/C9410R").get("productList")).get(0)
			.get("suggestions")).get(0);
		assertThat(suggestion).doesNotContainKey("releaseTrain");
	}

	@Test
	void onePidCanYieldSeveralProductListItems() {
		List<Map<String, Object>> items = maps(ok("software/productIds/" + segment("ISR4331/K9")).get("productList"));
		assertThat(items).extracting((item) -> map(item.get("product")).get("softwareType"))
			.containsExactly("IOS XE Software", "NBAR2 Protocol Pack");
	}

	@Test
	void errorsPerSuggestion() {
		List<Map<String, Object>> items = maps(ok("software/productIds/NO-SUCH-PID,HWIC-4ESW").get("productList"));
		assertThat(errorCode(items.get(0))).isEqualTo("S3_INV_BASEPID");
		assertThat(errorCode(items.get(1))).isEqualTo("S3_NO_SOFT_AVL");
		Map<String, Object> details = map(maps(items.get(0).get("suggestions")).get(0).get("errorDetailsResponse"));
		assertThat(details.keySet()).containsExactly("errorCode", "errorDescription", "suggestedAction",
				"inputIdentifier");
	}

	@Test
	void atMostTenProductIds() {
		List<String> pids = this.sim.catalogue()
			.products()
			.stream()
			.filter(Product::hasSoftware)
			.map(Product::productId)
			.filter((pid) -> !pid.contains("/") && !pid.contains("+"))
			.limit(11)
			.toList();
		assertThat(ok("software/productIds/" + String.join(",", pids.subList(0, 10)))).containsEntry("status",
				"Success");
		Map<String, Object> tooMany = ok("software/productIds/" + String.join(",", pids));
		assertThat(tooMany).containsEntry("status", "Failure");
		assertThat(map(tooMany.get("errorDetailsResponse"))).containsEntry("errorCode", "S3_INV_INPUT");
	}

	@Test
	void releasesOmitImages() {
		Map<String, Object> suggestion = maps(maps(ok("releases/productIds/C9410R").get("productList")).get(0)
			.get("suggestions")).get(0);
		assertThat(suggestion).doesNotContainKey("images").containsKey("releaseFormat1");
	}

	@Test
	void compatibleReleases() {
		List<Map<String, Object>> suggestions = maps(maps(ok("compatible/productId/C9410R?currentRelease=17.6.6")
			.get("productList")).get(0).get("suggestions"));
		assertThat(suggestions).extracting((s) -> s.get("releaseFormat1")).containsExactly("17.9.5", "17.12.3");
		assertThat(errorCode(maps(ok("compatible/productId/C9410R?currentRelease=1.0").get("productList")).get(0)))
			.isEqualTo("S3_INV_CURR_IMG_REL");
		assertThat(ok("compatible/productId/C9410R,C9407R")).containsEntry("status", "Failure");
	}

	@Test
	void byMdfIds() {
		String mdfId = this.sim.catalogue().product("C9410R").orElseThrow().mdfId();
		Map<String, Object> item = maps(ok("software/mdfIds/" + mdfId).get("productList")).get(0);
		assertThat(map(item.get("product"))).containsEntry("basePID", "C9410R").containsEntry("mdfId", mdfId);
		assertThat(errorCode(maps(ok("software/mdfIds/1").get("productList")).get(0))).isEqualTo("S3_INV_MDFID");
	}

	private static Object errorCode(Map<String, Object> item) {
		return map(maps(item.get("suggestions")).get(0).get("errorDetailsResponse")).get("errorCode");
	}

	private Map<String, Object> ok(String pathAndQuery) {
		Response response = this.http.get(BASE + pathAndQuery);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
