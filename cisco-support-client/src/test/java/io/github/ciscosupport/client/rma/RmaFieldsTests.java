package io.github.ciscosupport.client.rma;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.Fixtures;
import io.github.ciscosupport.client.TestClients;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.data.Rma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field Cisco sends is kept: the fields of a recorded RMA (shipped serial numbers, Cisco's
 * misspelled quantities, labor, notes, contacts) are modelled, and fields the records do not model
 * land in their map.
 */
@CiscoSupportSimulatorTest
class RmaFieldsTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CiscoSupportSimulator sim;

	private final RmaClient wireMocked = TestClients.on(cisco.baseUrl()).rmas();

	RmaFieldsTests(CiscoSupportSimulator sim) {
		this.sim = sim;
	}

	@Test
	void readsEveryFieldOfARecordedRma() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("rma/details.json"))));
		RmaDetail rma = this.wireMocked.byRmaNumbers(List.of("801934965")).blockFirst().valueOrThrow();
		assertThat(rma.allowPartialShipment()).isEmpty();
		RmaDetail.PartsLine line = rma.replacementParts().lines().get(0);
		assertThat(line.shippedSerialNumber()).isEqualTo("FNS21510WHD");
		assertThat(line.quantityShipped()).isEqualTo("1");
		assertThat(line.scheduledShipTime()).isEqualTo("2021-11-14");
		assertThat(line.shipmentWarehouse()).isEqualTo("BLR");
		RmaDetail.ReturnPart part = rma.returnLines().parts().get(0);
		assertThat(part.quantityReceived()).isEqualTo("1");
		assertThat(part.quantityAuthorized()).isEqualTo("1");
		assertThat(part.transactionType()).isEqualTo("ARPRM-RETURN-US");
		assertThat(part.dateReceived()).isEqualTo(LocalDate.of(2021, 12, 8));
		assertThat(part.warehouse()).isEqualTo("IN1");
		assertThat(rma.shipTo().address2()).isEqualTo("BUILDING 4");
		assertThat(rma.shipTo().stateProvince()).isEqualTo("KA");
		assertThat(rma.shipTo().siteUseId()).isEqualTo("731985932");
		assertThat(rma.shipTo().acknowledgementName()).isEqualTo("Alex Smith");
		assertThat(rma.shipTo().contactEmail()).isEqualTo("slee@example.invalid");
		assertThat(rma.billTo().stateProvince()).isEqualTo("CA");
		assertThat(rma.laborDetails().laborLines()).singleElement()
			.satisfies((labor) -> assertThat(labor.taskNumber()).isEmpty());
		assertThat(rma.notes().partialShipmentNote()).isEqualTo("Partial Ship");
		assertThat(rma.notes().specialInstructions()).isEqualTo("DO NOT DISPATCH");
		assertThat(rma.unknownFields()).isEmpty();
		assertThat(line.unknownFields()).isEmpty();
		assertThat(rma.shipTo().unknownFields()).isEmpty();
	}

	@Test
	void keepsFieldsItDoesNotModelOnTheRmaItsPartLinesAndItsAddresses() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("rma/details.json")
			.replace("\"originator\"", "\"rmaType\":\"ADVANCE REPLACEMENT\",\"originator\"")
			.replace("\"shippedSerialID\"", "\"shippedMacAddress\":\"00:11:22:33:44:55\",\"shippedSerialID\"")
			.replace("\"receivedSerialNumber\"", "\"returnCondition\":\"DEFECTIVE\",\"receivedSerialNumber\"")
			.replace("\"siteUseId\":\"417798624\"", "\"siteUseId\":\"417798624\",\"vatNumber\":\"US123\""))));
		RmaDetail rma = this.wireMocked.byRmaNumbers(List.of("801934965")).blockFirst().valueOrThrow();
		assertThat(rma.unknownFields()).containsOnly(Map.entry("rmaType", "ADVANCE REPLACEMENT"));
		assertThat(rma.replacementParts().lines().get(0).unknownFields())
			.containsOnly(Map.entry("shippedMacAddress", "00:11:22:33:44:55"));
		assertThat(rma.returnLines().parts().get(0).unknownFields()).containsOnly(Map.entry("returnCondition", "DEFECTIVE"));
		assertThat(rma.billTo().unknownFields()).containsOnly(Map.entry("vatNumber", "US123"));
	}

	@Test
	void readsTheCorrectlySpelledQuantitiesShouldCiscoFixTheirNames() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("rma/details.json")
			.replace("\"partsqtyShipped\":\"1\"", "\"partsQtyShipped\":\"2\"")
			.replace("\"reqturnQtyReceived\":\"1\"", "\"returnQtyReceived\":\"3\""))));
		RmaDetail rma = this.wireMocked.byRmaNumbers(List.of("801934965")).blockFirst().valueOrThrow();
		assertThat(rma.replacementParts().lines().get(0).quantityShipped()).isEqualTo("2");
		assertThat(rma.returnLines().parts().get(0).quantityReceived()).isEqualTo("3");
	}

	@Test
	void keepsFieldsItDoesNotModelOnTheRmasOfAUser() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson("""
				{"OrderList":{"APIPagination":{"pageIndex":"1","lastIndex":"1","totalRecords":"1","pageRecords":"1"},
				  "users":[{"userId":"jdoe","returnCount":"1","returns":[{"rmaNo":801934965,"status":"Closed","orderDate":"2021-11-14",
				    "caseId":"692541209","orderedPart":"QSFP-100G-SM-SR=","customerProvidedSN":"FNS21510WHC","courierList":"DHL",
				    "earliestShipDateTime":"2021-11-14 10:00","onSiteContactName":"Sam Lee","rmaType":"ADVANCE REPLACEMENT",
				    "shippingAddress":{"customerName":"EXAMPLE CORP","city":"BANGALORE","stateProv":"KA"}}]}]}}""")));
		RmaSummary rma = this.wireMocked.byUserId("jdoe").blockFirst();
		assertThat(rma.earliestShipDateTime()).isEqualTo("2021-11-14 10:00");
		assertThat(rma.onSiteContactName()).isEqualTo("Sam Lee");
		assertThat(rma.shippingAddress().stateProvince()).isEqualTo("KA");
		assertThat(rma.unknownFields()).containsOnly(Map.entry("rmaType", "ADVANCE REPLACEMENT"));
	}

	@Test
	void theSimulatorShipsReplacementsWithSerialNumbersAndCiscosQuantityFields() {
		Rma closed = this.sim.catalogue().rmas().stream()
			.filter((rma) -> rma.status().equals("Closed"))
			.findFirst()
			.orElseThrow();
		RmaDetail detail = SimulatorClients.of(this.sim).rmas().byRmaNumbers(List.of(String.valueOf(closed.rmaNumber())))
			.blockFirst()
			.valueOrThrow();
		assertThat(detail.replacementParts().lines()).singleElement().satisfies((line) -> {
			assertThat(line.shippedSerialNumber()).isEqualTo(closed.replacementSerialNumber()).isNotBlank();
			assertThat(line.quantityShipped()).isEqualTo("1");
		});
		assertThat(detail.returnLines().parts()).singleElement().satisfies((part) -> {
			assertThat(part.quantityReceived()).isEqualTo("1");
			assertThat(part.dateReceived()).isAfter(closed.shipDate());
		});
		assertThat(detail.unknownFields()).isEmpty();
	}

}
