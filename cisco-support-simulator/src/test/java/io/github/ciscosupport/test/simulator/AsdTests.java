package io.github.ciscosupport.test.simulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.maps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for ASD v4.0.
 */
@CiscoSupportSimulatorTest
class AsdTests {

	private static final String BASE = "/software/v4.0/";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	AsdTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void metadataByPidAndRelease() {
		Map<String, Object> json = ok("metadata/pidrelease",
				"{\"pid\":\"C9410R\",\"currentReleaseVersion\":\"17.3.7\",\"outputReleaseVersion\":\"all\","
						+ "\"pageIndex\":1,\"perPage\":4}");
		assertThat(map(json.get("pagination"))).containsEntry("pageIndex", 1)
			.containsEntry("lastIndex", 2)
			.containsEntry("totalRecords", 6)
			.containsEntry("pageRecords", 4);
		assertThat(json).containsKeys("metadataTransId", "selfLink", "title");
		Map<String, Object> product = maps(maps(json.get("metadata")).get(0).get("products")).get(0);
		Map<String, Object> softwareType = maps(product.get("softwareTypes")).get(0);
		Map<String, Object> os = maps(softwareType.get("operatingSystems")).get(0);
		Map<String, Object> release = maps(os.get("releases")).get(0);
		assertThat(release).containsKeys("version", "fcsDate", "lifeCycle", "isSuggested", "images");
		assertThat(maps(release.get("images")).get(0)).containsKeys("imageGuid", "name", "size", "md5");
		assertThat(this.sim.requests().inputsPerCall(Api.ASD)).containsExactly(List.of("C9410R"));
	}

	@Test
	void perPageAtMost25() {
		Response response = this.http.post(BASE + "metadata/pidrelease",
				"{\"pid\":\"C9410R\",\"currentReleaseVersion\":\"17.3.7\",\"perPage\":26}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(map(response.json().get("exception"))).containsEntry("errorCode", "INVALID_PAGINATION");
	}

	@Test
	void downloadAtMostFiveImages() {
		Map<String, Object> metadata = ok("metadata/pidrelease",
				"{\"pid\":\"C9410R\",\"currentReleaseVersion\":\"17.3.7\",\"outputReleaseVersion\":\"latest\"}");
		String transId = (String) metadata.get("metadataTransId");
		String guid = this.sim.catalogue().software("C9410R").get(0).releases().get(0).images().get(0).imageGuid();
		Map<String, Object> download = ok("download/pidimage", "{\"pid\":\"C9410R\",\"mdfId\":\"1\",\"metadataTransId\":\""
				+ transId + "\",\"imageGuids\":[\"" + guid + "\",\"nope\"]}");
		List<Map<String, Object>> downloads = maps(download.get("downloads"));
		assertThat(downloads.get(0)).containsEntry("imageGuid", guid).containsKeys("url", "token", "imageName");
		assertThat(downloads.get(1)).containsKey("exception");
		String six = "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]";
		Response tooMany = this.http.post(BASE + "download/pidimage",
				"{\"pid\":\"C9410R\",\"metadataTransId\":\"x\",\"imageGuids\":" + six + "}");
		assertThat(tooMany.status()).isEqualTo(400);
	}

	@Test
	void complianceAgreements() {
		assertThat(ok("compliance/k9", "{\"status\":\"Accepted\",\"confirm\":\"CONFIRM_CHECKED\"}"))
			.containsEntry("statusCode", "SUCCESS");
		assertThat(ok("compliance/eula", "{\"status\":\"Accepted\"}")).containsEntry("statusCode", "SUCCESS");
		assertThat(this.http.post(BASE + "compliance/eula", "{\"status\":\"Declined\"}").status()).isEqualTo(400);
	}

	@Test
	void postOnlyAndJsonOnly() {
		assertThat(this.http.get(BASE + "metadata/pidrelease").status()).isEqualTo(405);
		assertThat(this.http.post(BASE + "metadata/pidrelease", "not json").status()).isEqualTo(400);
	}

	private Map<String, Object> ok(String path, String body) {
		Response response = this.http.post(BASE + path, body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
