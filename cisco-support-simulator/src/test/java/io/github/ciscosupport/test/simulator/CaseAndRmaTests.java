package io.github.ciscosupport.test.simulator;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.SimulatorHttp.Response;
import io.github.ciscosupport.test.simulator.data.Rma;
import io.github.ciscosupport.test.simulator.data.SupportCase;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.list;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.map;
import static io.github.ciscosupport.test.simulator.SimulatorHttp.maps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for Case v3 and RMA v1.0.
 */
@CiscoSupportSimulatorTest
class CaseAndRmaTests {

	private static final String CASES = "/case/v3/cases/";

	private static final String RETURNS = "/return/v1.0/returns/";

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	CaseAndRmaTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void casesByIds() {
		List<SupportCase> cases = this.sim.catalogue().cases();
		String ids = cases.get(0).caseId() + "," + cases.get(1).caseId() + ",600000000";
		Map<String, Object> json = ok(CASES + "case_ids/" + ids);
		assertThat(json.keySet()).containsExactly("cases", "count");
		assertThat(json).containsEntry("count", 2);
		Map<String, Object> item = maps(json.get("cases")).get(0);
		assertThat(item.keySet()).containsExactly("item_entry_id", "user_id", "case_id", "title", "severity",
				"contact_name", "status_flag", "status", "creation_date", "updated_date", "serial_number",
				"contract_id", "technology_name", "sub_technology_name", "rmas", "bugs");
		assertThat(item.get("item_entry_id")).isEqualTo(1);
		assertThat((String) item.get("creation_date")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.000Z");
	}

	@Test
	void atMostThirtyCaseIds() {
		String ids = String.join(",", IntStream.range(0, 31).mapToObj((i) -> String.valueOf(690000000 + i)).toList());
		Response response = this.http.get(CASES + "case_ids/" + ids);
		assertThat(response.status()).isEqualTo(403);
		assertThat(map(list(map(response.json().get("ErrorResponse")).get("APIError")).get(0)))
			.containsEntry("ErrorCode", "EXCEEDED_CASEIDS");
	}

	@Test
	void caseDetails() {
		SupportCase closed = this.sim.catalogue()
			.cases()
			.stream()
			.filter((c) -> c.statusFlag().equals("C"))
			.findFirst()
			.orElseThrow();
		Map<String, Object> detail = map(ok(CASES + "details/case_id/" + closed.caseId()).get("caseDetail"));
		assertThat(detail).containsEntry("case_id", closed.caseId())
			.containsEntry("status", "Closed")
			.containsEntry("contact_name", closed.contactName())
			.containsKeys("close_date", "notes", "contact_email_ids", "owner_name", "problem_code_name");
		assertThat(maps(detail.get("notes")).get(0)).containsOnlyKeys("note", "note_detail", "created_by",
				"creation_date");
	}

	@Test
	void casesByUsersArePaged() {
		Map<String, Object> json = ok(CASES + "users/user_ids/simulator-user,jdoe,asmith");
		Map<String, Object> pagination = map(json.get("pagination_response_record"));
		assertThat(pagination).containsEntry("total_records", this.sim.catalogue().cases().size())
			.containsEntry("page_records", 10)
			.containsEntry("title", "Get Cases By User Id");
		assertThat(maps(ok(CASES + "users/user_ids/simulator-user?status_flag=O").get("cases")))
			.allSatisfy((c) -> assertThat(c).containsEntry("status_flag", "O"));
		Map<String, Object> nobody = ok(CASES + "users/user_ids/nobody");
		assertThat(nobody.get("cases")).isEqualTo(List.of());
	}

	@Test
	void casesByContractWithinNinetyDays() {
		String contract = this.sim.catalogue().cases().get(0).contractId();
		assertThat(ok(CASES + "contracts/contract_ids/" + contract + "?date_created_from=2025-04-01"
				+ "&date_created_to=2025-06-29")).containsKey("pagination_response_record");
		Response tooLong = this.http.get(CASES + "contracts/contract_ids/" + contract
				+ "?date_created_from=2025-01-01&date_created_to=2025-06-29");
		assertThat(tooLong.status()).isEqualTo(403);
		Response badDate = this.http.get(CASES + "contracts/contract_ids/" + contract
				+ "?date_created_from=01/01/2025&date_created_to=2025-02-01");
		assertThat(badDate.status()).isEqualTo(403);
		assertThat(badDate.body()).contains("INVALID_DATEFORMAT");
	}

	@Test
	void rmaDetails() {
		Rma rma = this.sim.catalogue().rmas().get(0);
		Map<String, Object> json = ok(RETURNS + "rma_numbers/" + rma.rmaNumber());
		Map<String, Object> pagination = map(json.get("APIPagination"));
		assertThat(pagination).containsEntry("pageIndex", "1")
			.containsEntry("lastIndex", "1")
			.containsEntry("totalRecords", "1")
			.containsEntry("pageRecords", "1")
			.containsEntry("title", "Service Order RMA API");
		Map<String, Object> record = maps(map(json.get("returns")).get("RmaRecord")).get(0);
		assertThat(record.get("rmaNo")).as("rmaNo is a number").isInstanceOf(Number.class);
		assertThat(((Number) record.get("rmaNo")).longValue()).isEqualTo(rma.rmaNumber());
		assertThat(record).containsKeys("status", "orderDate", "caseId", "shipToInfo", "replacementParts");
	}

	@Test
	void aClosedRmaCarriesTheShippedSerialNumberAndCiscosMisspelledQuantities() {
		Rma rma = this.sim.catalogue().rmas().stream().filter((r) -> r.status().equals("Closed")).findFirst().orElseThrow();
		Map<String, Object> record = rmaRecord(rma);
		Map<String, Object> line = maps(map(record.get("replacementParts")).get("partsLineDetails")).get(0);
		assertThat(line).containsEntry("shippedSerialID", rma.replacementSerialNumber())
			.containsEntry("partsqtyShipped", "1")
			.doesNotContainKey("partsQtyShipped");
		Map<String, Object> returned = maps(map(record.get("returnLines")).get("returnParts")).get(0);
		assertThat(returned).containsEntry("reqturnQtyReceived", "1")
			.containsEntry("receivedSerialNumber", rma.serialNumber())
			.containsKeys("returnDateReceived", "returnWarehouse");
		assertThat(record).containsKeys("laborDetails", "notes");
		Rma booked = this.sim.catalogue().rmas().stream().filter((r) -> r.status().equals("Booked")).findFirst()
			.orElseThrow();
		Map<String, Object> unshipped = maps(map(rmaRecord(booked).get("replacementParts")).get("partsLineDetails")).get(0);
		assertThat(unshipped).doesNotContainKeys("shippedSerialID", "partsqtyShipped");
		assertThat(booked.replacementSerialNumber()).isNull();
	}

	private Map<String, Object> rmaRecord(Rma rma) {
		return maps(map(ok(RETURNS + "rma_numbers/" + rma.rmaNumber()).get("returns")).get("RmaRecord")).get(0);
	}

	@Test
	void unknownRmaIsAnApiErrorInside200() {
		Map<String, Object> json = ok(RETURNS + "rma_numbers/84894022");
		Map<String, Object> error = maps(map(json.get("APIError")).get("Error")).get(0);
		assertThat(error).containsEntry("errorCode", "SVO_NO_RECORDS")
			.containsEntry("errorDescription", "No order found for the given request.")
			.containsEntry("inputIdentifier", "84894022");
	}

	@Test
	void rmasByUserDefaultToTheLastThirtyDays() {
		long recent = this.sim.catalogue()
			.rmas()
			.stream()
			.filter((rma) -> rma.userId().equals("simulator-user"))
			.filter((rma) -> !rma.orderDate().isBefore(this.sim.catalogue().asOf().minusDays(30)))
			.count();
		assertThat(recent).isPositive();
		Map<String, Object> orderList = map(ok(RETURNS + "users/user_ids/simulator-user").get("OrderList"));
		assertThat(map(orderList.get("APIPagination"))).containsEntry("totalRecords", String.valueOf(recent));
		Map<String, Object> user = maps(orderList.get("users")).get(0);
		assertThat(user).containsEntry("userId", "simulator-user").containsEntry("returnCount", String.valueOf(recent));
		Map<String, Object> none = map(ok(RETURNS + "users/user_ids/nobody").get("OrderList"));
		assertThat(maps(map(none.get("APIError")).get("Error")).get(0)).containsEntry("errorCode", "SVO_NO_RECORDS");
	}

	private Map<String, Object> ok(String pathAndQuery) {
		Response response = this.http.get(pathAndQuery);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
