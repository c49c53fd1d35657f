package io.github.ciscosupport.client.coverage;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.Fixtures;
import io.github.ciscosupport.client.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Every field Cisco sends is kept: fields the records do not model land in their map. */
class CoverageFieldsTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final CoverageClient coverage = TestClients.on(cisco.baseUrl()).coverage();

	@Test
	void keepsFieldsItDoesNotModelOnASummaryAndItsProducts() {
		String body = Fixtures.read("coverage/summary-by-serial-number.json")
			.replace("\"parent_sr_no\"", "\"contract_site_address2\":\"BUILDING 10\",\"parent_sr_no\"")
			.replace("{\"base_pid\":\"C9410R\"}", "{\"base_pid\":\"C9410R\",\"base_pid_status\":\"ACTIVE\"}")
			.replace("\"pillar_code\":\"1,2,3\"", "\"pillar_code\":\"1,2,3\",\"item_quantity\":\"1\"");
		cisco.stubFor(get(anyUrl()).willReturn(okJson(body)));
		CoverageSummary summary = this.coverage.summaryBySerialNumbers(List.of("FXS2130Q286"))
			.blockFirst()
			.valueOrThrow();
		assertThat(summary.unknownFields()).containsOnly(Map.entry("contract_site_address2", "BUILDING 10"));
		assertThat(summary.baseProducts()).singleElement()
			.satisfies((base) -> assertThat(base.unknownFields()).containsOnly(Map.entry("base_pid_status", "ACTIVE")));
		assertThat(summary.orderableProducts()).singleElement()
			.satisfies((orderable) -> assertThat(orderable.unknownFields()).containsOnly(Map.entry("item_quantity", "1")));
	}

	@Test
	void keepsFieldsItDoesNotModelOnStatusAndOrderableIdentifiers() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("coverage/status.json")
			.replace("\"coverage_end_date\"", "\"coverage_start_date\":\"2019-01-01\",\"coverage_end_date\""))));
		CoverageStatus status = this.coverage.statusBySerialNumbers(List.of("FXS2130Q286")).blockFirst().valueOrThrow();
		assertThat(status.unknownFields()).containsOnly(Map.entry("coverage_start_date", "2019-01-01"));
		cisco.resetAll();
		cisco.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("coverage/orderable.json")
			.replace("\"sr_no\"", "\"sr_no_type\":\"CHASSIS\",\"sr_no\""))));
		OrderableIdentifiers orderable = this.coverage.orderableProductsBySerialNumbers(List.of("FOC11517LEX")).blockFirst().valueOrThrow();
		assertThat(orderable.unknownFields()).containsOnly(Map.entry("sr_no_type", "CHASSIS"));
		assertThat(orderable.orderableProducts()).singleElement()
			.satisfies((product) -> assertThat(product.unknownFields()).isEmpty());
	}

}
