package io.github.ciscosupport.test.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;
import io.github.ciscosupport.test.simulator.data.Catalogue;
import io.github.ciscosupport.test.simulator.data.Device;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.maps;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.segment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for EoX v5.
 */
@CiscoSupportSimulatorTest
class EoxTests {

	private static final String BASE = "/supporttools/eox/rest/5/";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	EoxTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void bySerialNumberMatchesTheRecording() {
		Map<String, Object> json = eox("EOXBySerialNumber/1/FHK0933224R");
		assertThat(json).containsOnlyKeys("PaginationResponseRecord", "EOXRecord");
		assertThat(map(json.get("PaginationResponseRecord")))
			.isEqualTo(Map.of("PageIndex", 1, "LastIndex", 1, "TotalRecords", 1, "PageRecords", 1));
		Map<String, Object> record = maps(json.get("EOXRecord")).get(0);
		assertThat(record.keySet()).containsExactly("EOLProductID", "ProductIDDescription", "ProductBulletinNumber",
				"LinkToProductBulletinURL", "EOXExternalAnnouncementDate", "EndOfSaleDate", "EndOfSWMaintenanceReleases",
				"EndOfSecurityVulSupportDate", "EndOfRoutineFailureAnalysisDate", "EndOfServiceContractRenewal",
				"LastDateOfSupport", "EndOfSvcAttachDate", "UpdatedTimeStamp", "EOXMigrationDetails", "EOXInputType",
				"EOXInputValue");
		assertThat(record).containsEntry("EOLProductID", "CISCO1811W-AG-A/K9")
			.containsEntry("ProductBulletinNumber", "EOL5834")
			.containsEntry("EOXInputType", "ShowEOXBySerialNumber")
			.containsEntry("EOXInputValue", "FHK0933224R")
			.containsEntry("EndOfSaleDate", Map.of("value", "2007-06-29", "dateFormat", "YYYY-MM-DD"))
			.containsEntry("EndOfSWMaintenanceReleases", Map.of("value", "", "dateFormat", "YYYY-MM-DD"))
			.containsEntry("LastDateOfSupport", Map.of("value", "2012-06-29", "dateFormat", "YYYY-MM-DD"));
		assertThat(map(record.get("EOXMigrationDetails"))).containsEntry("PIDActiveFlag", "Y")
			.containsEntry("MigrationOption", "Enter PID(s)")
			.containsEntry("MigrationProductId", "CISCO1811W-AG-B/K9")
			.containsEntry("MigrationProductName", "");
	}

	@Test
	void byProductIdsKeepsCiscosTrailingSpace() {
		Map<String, Object> json = eox("EOXByProductID/1/WS-C3850-48XS-E,WS-C3850-48XS-E-RF");
		assertThat(map(json.get("PaginationResponseRecord"))).containsEntry("TotalRecords", 2);
		List<Map<String, Object>> records = maps(json.get("EOXRecord"));
		assertThat(records).extracting((r) -> r.get("EOLProductID"))
			.containsExactly("WS-C3850-48XS-E", "WS-C3850-48XS-E-RF");
		assertThat(records).extracting((r) -> r.get("EOXInputType")).containsOnly("ShowEOXByPids");
		assertThat(records.get(0)).containsEntry("EOXInputValue", "WS-C3850-48XS-E ")
			.containsEntry("ProductBulletinNumber", "EOL13873")
			.containsEntry("EndOfSaleDate", Map.of("value", "2022-04-30", "dateFormat", "YYYY-MM-DD"));
		assertThat(map(records.get(0).get("EOXMigrationDetails"))).containsEntry("MigrationProductName",
				"C9500-48Y4C");
	}

	@Test
	void findsProductIdsContainingSlashWhenEncoded() {
		Map<String, Object> json = eox("EOXByProductID/1/" + segment("CISCO1811W-AG-A/K9"));
		assertThat(maps(json.get("EOXRecord")).get(0)).containsEntry("EOLProductID", "CISCO1811W-AG-A/K9");
		assertThat(this.sim.requests().inputsPerCall(Api.EOX)).containsExactly(List.of("CISCO1811W-AG-A/K9"));
		assertThat(this.http.get(BASE + "EOXByProductID/1/CISCO1811W-AG-A/K9?responseencoding=json").status())
			.as("an unencoded slash splits the path").isEqualTo(404);
	}

	@Test
	void wildcards() {
		Map<String, Object> json = eox("EOXByProductID/1/WS-C3850-48*");
		List<Map<String, Object>> records = maps(json.get("EOXRecord"));
		assertThat(records).hasSizeGreaterThan(5);
		assertThat(records).allSatisfy((record) -> {
			assertThat((String) record.get("EOLProductID")).startsWith("WS-C3850-48");
			assertThat(record).containsEntry("EOXInputValue", "WS-C3850-48*");
		});
		Map<String, Object> tooShort = maps(eox("EOXByProductID/1/WS*").get("EOXRecord")).get(0);
		assertThat(map(tooShort.get("EOXError"))).containsEntry("ErrorID", "SSA_ERR_032");
	}

	@Test
	void perRecordErrors() {
		String noEox = this.sim.catalogue()
			.devices()
			.stream()
			.filter((device) -> this.sim.catalogue().eoxRecord(device.productId()).isEmpty())
			.map(Device::serialNumber)
			.findFirst()
			.orElseThrow();
		Map<String, Object> json = eox("EOXBySerialNumber/1/FHK0933224R,NOSUCHSERIAL1," + noEox);
		List<Map<String, Object>> records = maps(json.get("EOXRecord"));
		assertThat(records).hasSize(3);
		Map<String, Object> unknown = records.get(1);
		assertThat(unknown).containsEntry("EOLProductID", "").containsEntry("EOXInputValue", "NOSUCHSERIAL1");
		Map<String, Object> emptyDate = new java.util.HashMap<>();
		emptyDate.put("value", "");
		emptyDate.put("dateFormat", null);
		assertThat(unknown).containsEntry("EndOfSaleDate", emptyDate);
		assertThat(map(unknown.get("EOXError"))).containsEntry("ErrorID", "SSA_ERR_023")
			.containsEntry("ErrorDataType", "SERIAL_NUMBER")
			.containsEntry("ErrorDataValue", "NOSUCHSERIAL1");
		assertThat(map(records.get(2).get("EOXError"))).containsEntry("ErrorID", "SSA_ERR_026")
			.containsEntry("ErrorDataType", "PRODUCT_ID");
		Map<String, Object> unknownPid = maps(eox("EOXByProductID/1/NO-SUCH-PID").get("EOXRecord")).get(0);
		assertThat(map(unknownPid.get("EOXError"))).containsEntry("ErrorID", "SSA_ERR_026")
			.containsEntry("ErrorDescription", "EOX information does not exist for the following product ID(s): "
					+ "NO-SUCH-PID");
	}

	@Test
	void mergesRecordsOfTheSameProduct() {
		List<String> serials = this.sim.catalogue()
			.devices()
			.stream()
			.filter((device) -> device.productId().equals("CISCO1811W-AG-A/K9"))
			.map(Device::serialNumber)
			.limit(2)
			.toList();
		assertThat(serials).hasSize(2);
		Map<String, Object> json = eox("EOXBySerialNumber/1/" + String.join(",", serials));
		List<Map<String, Object>> records = maps(json.get("EOXRecord"));
		assertThat(records).hasSize(1);
		assertThat(records.get(0)).containsEntry("EOXInputValue", String.join(",", serials));
	}

	@Test
	void atMostTwentyInputs() {
		String pids = String.join(",", this.sim.catalogue().productIds().subList(0, 21));
		Map<String, Object> tooMany = eox("EOXByProductID/1/" + segment(pids).replace("%2C", ","));
		assertThat(tooMany).containsOnlyKeys("EOXError");
		assertThat(map(tooMany.get("EOXError"))).containsEntry("ErrorID", "SSA_ERR_003");
		String serials = String.join(",", this.sim.catalogue().serialNumbers().subList(0, 21));
		assertThat(map(eox("EOXBySerialNumber/1/" + serials).get("EOXError"))).containsEntry("ErrorID",
				"SSA_ERR_007");
		String twenty = String.join(",", this.sim.catalogue().serialNumbers().subList(0, 20));
		assertThat(eox("EOXBySerialNumber/1/" + twenty)).containsKey("PaginationResponseRecord");
		String inputs = String.join("&", IntStream.rangeClosed(1, 21).mapToObj((i) -> "input" + i + "=12.2,IOS").toList());
		Response software = this.http.get(BASE + "EOXBySWReleaseString/1?responseencoding=json&" + inputs);
		assertThat(map(software.json().get("EOXError"))).containsEntry("ErrorID", "SSA_ERR_009");
	}

	@Test
	void invalidSerialNumberIsATopLevelError() {
		Map<String, Object> json = eox("EOXBySerialNumber/1/" + "X".repeat(41));
		assertThat(json).containsOnlyKeys("EOXError");
		assertThat(map(json.get("EOXError"))).containsEntry("ErrorID", "SSA_ERR_010")
			.containsEntry("ErrorDescription", "The serialNumbers value specified is invalid. Please correct the "
					+ "serialNumbers value and try again.");
	}

	@Test
	void byDatesSpansSeveralThousandRecordPages() {
		Map<String, Object> first = eox("EOXByDates/1/2000-01-01/2030-12-31");
		Map<String, Object> pagination = map(first.get("PaginationResponseRecord"));
		int total = (Integer) pagination.get("TotalRecords");
		int last = (Integer) pagination.get("LastIndex");
		assertThat(total).isGreaterThan(2500);
		assertThat(last).isEqualTo((total + 999) / 1000).isGreaterThanOrEqualTo(3);
		assertThat(pagination).containsEntry("PageRecords", 1000);
		assertThat(maps(first.get("EOXRecord")).get(0)).containsEntry("EOXInputType", "showEoXByDates")
			.containsEntry("EOXInputValue", "2000-01-01 , 2030-12-31 , UPDATE_TIMESTAMP");
		Set<Object> pids = new HashSet<>();
		List<Object> all = new ArrayList<>();
		for (int page = 1; page <= last; page++) {
			Map<String, Object> json = (page == 1) ? first : eox("EOXByDates/" + page + "/2000-01-01/2030-12-31");
			assertThat(map(json.get("PaginationResponseRecord"))).containsEntry("PageIndex", page);
			for (Map<String, Object> record : maps(json.get("EOXRecord"))) {
				pids.add(record.get("EOLProductID"));
				all.add(record);
			}
		}
		assertThat(all).hasSize(total);
		assertThat(pids).hasSize(total);
		assertThat(this.sim.requests().apiCalls(Api.EOX)).isEqualTo(last);
	}

	@Test
	void byDatesWithAttribute() {
		Map<String, Object> json = eox("EOXByDates/1/2022-01-01/2022-12-31?eoxAttrib=EO_LAST_SUPPORT_DATE");
		List<Map<String, Object>> records = maps(json.get("EOXRecord"));
		assertThat(records).isNotEmpty().allSatisfy((record) -> {
			String date = (String) map(record.get("LastDateOfSupport")).get("value");
			assertThat(date).startsWith("2022-");
			assertThat(record).containsEntry("EOXInputValue", "2022-01-01 , 2022-12-31 , EO_LAST_SUPPORT_DATE");
		});
		assertThat(map(eox("EOXByDates/1/2022-01-01/2022-12-31?eoxAttrib=NOPE").get("EOXError")))
			.containsEntry("ErrorID", "SSA_ERR_010");
		assertThat(map(eox("EOXByDates/1/2022-13-01/2022-12-31").get("EOXError"))).containsEntry("ErrorID",
				"SSA_ERR_010");
	}

	@Test
	void bySoftwareReleaseString() {
		Response response = this.http.get(BASE + "EOXBySWReleaseString/1/?responseencoding=json&input1=12.2%2CIOS");
		Map<String, Object> json = response.json();
		Map<String, Object> pagination = map(json.get("PaginationResponseRecord"));
		assertThat((Integer) pagination.get("TotalRecords")).isGreaterThan(1000);
		assertThat(pagination).containsEntry("LastIndex", 2).containsEntry("PageRecords", 1000);
		assertThat(maps(json.get("EOXRecord"))).allSatisfy((record) -> assertThat(record)
			.containsEntry("EOXInputType", "ShowEOXBySoftware")
			.containsEntry("EOXInputValue", "input1=12.2,IOS"));
		Map<String, Object> unknown = this.http.get(BASE + "EOXBySWReleaseString/1?input1=99.9,IOS").json();
		assertThat(map(maps(unknown.get("EOXRecord")).get(0).get("EOXError"))).containsEntry("ErrorID", "SSA_ERR_024");
	}

	@Test
	void bySoftwareReleaseStringWithOrWithoutTheSlashAfterThePageNumber() {
		io.github.ciscosupport.test.simulator.data.EoxRecord software = this.sim.catalogue()
			.eoxRecords()
			.stream()
			.filter((record) -> record.softwareRelease() != null)
			.reduce((first, second) -> second)
			.orElseThrow();
		String release = software.softwareRelease() + "," + software.softwareOs();
		String inputs = "input1=" + segment(release) + "&input2=99.9%2CIOS";
		// the form of Cisco's recorded traffic, as the client sends it, and the form without the slash
		Response recorded = this.http.get(BASE + "EOXBySWReleaseString/1/?" + inputs + "&responseencoding=json");
		Response withoutSlash = this.http.get(BASE + "EOXBySWReleaseString/1?responseencoding=json&" + inputs);
		assertThat(recorded.status()).isEqualTo(200);
		assertThat(withoutSlash.status()).isEqualTo(200);
		assertThat(recorded.json()).isEqualTo(withoutSlash.json());
		List<Map<String, Object>> records = maps(recorded.json().get("EOXRecord"));
		assertThat(records).anySatisfy((record) -> assertThat(record).containsEntry("EOLProductID", software.productId())
			.containsEntry("EOXInputValue", "input1=" + release));
		assertThat(records).anySatisfy((record) -> assertThat(map(record.get("EOXError")))
			.containsEntry("ErrorID", "SSA_ERR_024")
			.containsEntry("ErrorDataValue", "99.9,IOS"));
		assertThat(this.sim.requests().inputsPerCall(Api.EOX)).containsExactly(List.of(release, "99.9,IOS"),
				List.of(release, "99.9,IOS"));
	}

	@Test
	void servesJsonOnly() {
		assertThat(this.http.get(BASE + "EOXBySerialNumber/1/FHK0933224R?responseencoding=xml").status()).isEqualTo(406);
		assertThat(this.http.get(BASE + "EOXBySerialNumber/1/FHK0933224R").json()).containsKey("EOXRecord");
	}

	@Test
	void catalogueCountsMatchTheApi() {
		Catalogue catalogue = this.sim.catalogue();
		long hardware = catalogue.eoxRecords().stream().filter((record) -> record.softwareRelease() == null).count();
		Map<String, Object> json = eox("EOXByDates/1/1990-01-01/2040-12-31?eoxAttrib=UPDATE_TIMESTAMP");
		assertThat(map(json.get("PaginationResponseRecord"))).containsEntry("TotalRecords",
				catalogue.eoxRecords().size());
		assertThat(hardware).isGreaterThan(500);
	}

	private Map<String, Object> eox(String pathAndQuery) {
		String separator = pathAndQuery.contains("?") ? "&" : "?";
		Response response = this.http.get(BASE + pathAndQuery + separator + "responseencoding=json");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
