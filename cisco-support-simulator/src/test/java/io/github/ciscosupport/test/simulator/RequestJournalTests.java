package io.github.ciscosupport.test.simulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;

import static io.github.ciscosupport.test.simulator.SimulatorHttp.segment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@link RequestJournal}.
 */
@CiscoSupportSimulatorTest
class RequestJournalTests {

	private final CiscoSupportSimulator sim;

	private final SimulatorHttp http;

	RequestJournalTests(CiscoSupportSimulator sim) {
		this.sim = sim;
		this.http = new SimulatorHttp(sim);
	}

	@Test
	void countsCallsAndInputsPerApi() {
		this.http.get("/supporttools/eox/rest/5/EOXByProductID/1/" + segment("CISCO1811W-AG-A/K9") + ",C9410R");
		this.http.get("/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R");
		this.http.get("/sn2info/v2/coverage/status/serial_numbers/FXS2130Q286,FHK0933224R");
		this.http.get("/nowhere");
		RequestJournal journal = this.sim.requests();
		assertThat(journal.tokenCalls()).isEqualTo(1);
		assertThat(journal.apiCalls()).isEqualTo(3);
		assertThat(journal.apiCalls(Api.EOX)).isEqualTo(2);
		assertThat(journal.apiCalls(Api.SN2INFO)).isEqualTo(1);
		assertThat(journal.apiCalls(Api.BUG)).isZero();
		assertThat(journal.inputsPerCall(Api.EOX)).containsExactly(List.of("CISCO1811W-AG-A/K9", "C9410R"),
				List.of("FHK0933224R"));
		assertThat(journal.all()).hasSize(5);
		RecordedRequest last = journal.all().get(4);
		assertThat(last.kind()).isEqualTo(RecordedRequest.Kind.OTHER);
		assertThat(last.status()).isEqualTo(596);
	}

	@Test
	void recordsPathHeadersEndpointAndOutcome() {
		String token = this.http.token();
		this.http.get("/bug/v2.0/bugs/products/product_id/C9410R?modified_date=5&page_index=2");
		RecordedRequest call = this.sim.requests().calls(Api.BUG).get(0);
		assertThat(call.method()).isEqualTo("GET");
		assertThat(call.path()).isEqualTo("/bug/v2.0/bugs/products/product_id/C9410R");
		assertThat(call.queryParameter("page_index")).isEqualTo("2");
		assertThat(call.endpoint()).isEqualTo("products/product_id");
		assertThat(call.header("authorization")).isEqualTo("Bearer " + token);
		assertThat(call.status()).isEqualTo(200);
		assertThat(call.outcome()).isEqualTo("ok");
		assertThat(call.time()).isNotNull();
		assertThat(call.toString()).contains("Bearer [redacted]").doesNotContain(token);
	}

	@Test
	void keepsTheMostRecentRequests() {
		try (CiscoSupportSimulator small = CiscoSupportSimulator.builder().maxRecordedRequests(2).start()) {
			SimulatorHttp smallHttp = new SimulatorHttp(small);
			smallHttp.get("/sn2info/v2/coverage/status/serial_numbers/FXS2130Q286");
			smallHttp.get("/sn2info/v2/coverage/status/serial_numbers/FHK0933224R");
			assertThat(small.requests().all()).hasSize(2);
			assertThat(small.requests().tokenCalls()).isZero();
			assertThat(small.requests().inputsPerCall(Api.SN2INFO)).containsExactly(List.of("FXS2130Q286"),
					List.of("FHK0933224R"));
		}
	}

	@Test
	void startsEmptyInEachTest() {
		assertThat(this.sim.requests().all()).isEmpty();
		this.http.token();
		assertThat(this.sim.requests().tokenCalls()).isEqualTo(1);
		this.sim.requests().clear();
		assertThat(this.sim.requests().all()).isEmpty();
	}

}
