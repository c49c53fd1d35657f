package io.github.ciscosupport.client.cases;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.TestClients;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.data.SupportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Every field Cisco sends is kept: fields the records do not model land in their map. */
@CiscoSupportSimulatorTest
class CaseFieldsTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CiscoSupportSimulator sim;

	private final CaseClient wireMocked = TestClients.on(cisco.baseUrl()).cases();

	CaseFieldsTests(CiscoSupportSimulator sim) {
		this.sim = sim;
	}

	@Test
	void keepsFieldsItDoesNotModelOnACaseSummary() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson("""
				{"count":1,"cases":[{"item_entry_id":1,"user_id":"jdoe","case_id":"692277140","title":"Fan failure",
				  "severity":"3","contact_name":"Jane Doe","status_flag":"O","status":"Customer Updated",
				  "creation_date":"2021-09-30T14:46:09.000Z","updated_date":"2021-10-01T08:00:00.000Z",
				  "serial_number":"FXS2130Q286","contract_id":"92511831","rmas":[],"bugs":[],"case_origin":"Web"}]}""")));
		CaseSummary summary = this.wireMocked.byCaseIds(List.of("692277140")).blockFirst().valueOrThrow();
		assertThat(summary.unknownFields()).containsOnly(Map.entry("case_origin", "Web"));
		assertThat(summary.contactName()).isEqualTo("Jane Doe");
	}

	@Test
	void keepsFieldsItDoesNotModelOnCaseDetailsAndNotesAndReadsTheContactName() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson("""
				{"caseDetail":{"user_id":"jdoe","case_id":"692277140","title":"Fan failure","severity":"3",
				  "status":"Closed","contact_name":"Jane Doe","contact_user_id":"jdoe","rma_numbers":["800000001"],
				  "notes":[{"note":"","note_detail":"Replaced the fan","created_by":"jdoe",
				    "creation_date":"2021-10-01T08:00:00.000Z","note_type":"Customer Update"}]}}""")));
		CaseDetail detail = this.wireMocked.detailsByCaseId("692277140").block().valueOrThrow();
		assertThat(detail.contactName()).isEqualTo("Jane Doe");
		assertThat(detail.unknownFields()).containsOnly(Map.entry("rma_numbers", List.of("800000001")));
		assertThat(detail.notes()).singleElement()
			.satisfies((note) -> assertThat(note.unknownFields()).containsOnly(Map.entry("note_type", "Customer Update")));
	}

	@Test
	void theSimulatorSendsTheContactNameOfCaseDetails() {
		SupportCase expected = this.sim.catalogue().cases().get(0);
		CaseDetail detail = SimulatorClients.of(this.sim).cases().detailsByCaseId(expected.caseId()).block().valueOrThrow();
		assertThat(detail.contactName()).isEqualTo(expected.contactName());
		assertThat(detail.unknownFields()).isEmpty();
	}

}
