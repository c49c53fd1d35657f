package io.github.ciscosupport.client.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.Fixtures;
import io.github.ciscosupport.client.InputEcho;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class CoverageClientTests {

	private static final String SN2INFO = "/sn2info/v2";

	private static final String STATUS_ECHO = "sn2info-status-echo";

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(new InputEcho(STATUS_ECHO, CoverageClientTests::statusOf)))
		.build();

	private final CoverageClient coverage = TestClients.on(cisco.baseUrl()).coverage();

	@Test
	void readsCoverageStatusIncludingAnUncoveredSerialNumber() {
		cisco.stubFor(get(urlEqualTo(SN2INFO + "/coverage/status/serial_numbers/FXS2130Q286,FOC11517LEX"))
			.willReturn(okJson(Fixtures.read("coverage/status.json"))));
		List<ItemResult<String, CoverageStatus>> results = this.coverage.statusBySerialNumbers(List.of("FXS2130Q286", "FOC11517LEX"))
			.collectList()
			.block();
		assertThat(results.get(0).valueOrThrow().covered()).isTrue();
		assertThat(results.get(0).valueOrThrow().coverageEndDate()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(results.get(1).valueOrThrow().covered()).isFalse();
		assertThat(results.get(1).valueOrThrow().coverageEndDate()).isNull();
	}

	@Test
	void twoHundredSerialNumbersGoOutSeventyFiveAtATimeAndComeBackInOrder() {
		cisco.stubFor(get(urlPathMatching(SN2INFO + "/coverage/status/serial_numbers/.*"))
			.willReturn(aResponse().withTransformers(STATUS_ECHO)));
		List<String> serials = IntStream.range(0, 200).mapToObj((i) -> "FXS%07d".formatted(199 - i)).toList();
		List<ItemResult<String, CoverageStatus>> results = this.coverage.statusBySerialNumbers(serials).collectList().block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(serials);
		assertThat(results).extracting((result) -> result.valueOrThrow().serialNumber()).containsExactlyElementsOf(serials);
		assertThat(cisco.getAllServeEvents()).extracting((call) -> InputEcho.inputsOf(call.getRequest().getUrl()).size())
			.containsExactlyInAnyOrder(75, 75, 50);
	}

	@Test
	void readsARecordedCoverageSummary() {
		cisco.stubFor(get(urlEqualTo(SN2INFO + "/coverage/summary/serial_numbers/FXS2130Q286?page_index=1"))
			.willReturn(okJson(Fixtures.read("coverage/summary-by-serial-number.json"))));
		CoverageSummary summary = this.coverage.summaryBySerialNumbers(List.of("FXS2130Q286")).blockFirst().valueOrThrow();
		assertThat(summary.covered()).isTrue();
		assertThat(summary.baseProducts()).extracting(BaseProduct::baseProductId).containsExactly("C9410R");
		assertThat(summary.orderableProducts()).singleElement().satisfies((orderable) -> {
			assertThat(orderable.itemType()).isEqualTo("CHASSIS");
			assertThat(orderable.pillarCode()).isEqualTo("1,2,3");
		});
		assertThat(summary.warrantyEndDate()).isEqualTo(LocalDate.of(2029, 4, 9));
		assertThat(summary.serviceLineDescription()).isEqualTo("CX LEVEL 2 8X5XNBD");
		assertThat(summary.parentSerialNumber()).isEmpty();
	}

	@Test
	void walksEveryPageOfACoverageSummary() {
		cisco.stubFor(get(urlEqualTo(SN2INFO + "/coverage/summary/serial_numbers/SN1,SN2?page_index=1"))
			.willReturn(okJson(summaryPage(1, 2, "SN1"))));
		cisco.stubFor(get(urlEqualTo(SN2INFO + "/coverage/summary/serial_numbers/SN1,SN2?page_index=2"))
			.willReturn(okJson(summaryPage(2, 2, "SN2"))));
		List<ItemResult<String, CoverageSummary>> results = this.coverage.summaryBySerialNumbers(List.of("SN1", "SN2"))
			.collectList()
			.block();
		assertThat(results).allMatch(ItemResult::isSuccess);
		assertThat(cisco.getAllServeEvents()).hasSize(2);
	}

	@Test
	void readsCoverageSummariesByInstanceNumber() {
		cisco.stubFor(get(urlEqualTo(SN2INFO + "/coverage/summary/instance_numbers/917280,917281?page_index=1"))
			.willReturn(okJson("""
					{"pagination_response_record":{"last_index":1,"page_index":1,"page_records":1,"total_records":1},
					 "instance_numbers":[{"id":"1","instance_number":"917280","parent_instance_no":"917000","is_covered":"Y",
					  "base_pid":{"base_pid":"C9410R"},"orderable_pid":{"orderable_pid":"C9410R","item_type":"CHASSIS"},
					  "service_contract_number":"203371074"}]}""")));
		List<ItemResult<String, CoverageSummary>> results = this.coverage.summaryByInstanceNumbers(List.of("917280", "917281"))
			.collectList()
			.block();
		CoverageSummary summary = results.get(0).valueOrThrow();
		assertThat(summary.covered()).isTrue();
		assertThat(summary.parentInstanceNumber()).isEqualTo("917000");
		assertThat(summary.baseProducts()).extracting(BaseProduct::baseProductId).containsExactly("C9410R");
		assertThat(summary.orderableProducts()).extracting(OrderableProduct::orderableProductId).containsExactly("C9410R");
		assertThat(results.get(1).error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
	}

	@Test
	void readsOwnerCoverageStatusAndOrderableProductIds() {
		cisco.stubFor(get(urlEqualTo(SN2INFO + "/coverage/owner_status/serial_numbers/FXS2130Q286"))
			.willReturn(okJson(Fixtures.read("coverage/owner-status.json"))));
		cisco.stubFor(get(urlEqualTo(SN2INFO + "/identifiers/orderable/serial_numbers/FOC11517LEX"))
			.willReturn(okJson(Fixtures.read("coverage/orderable.json"))));
		assertThat(this.coverage.ownerStatusBySerialNumbers(List.of("FXS2130Q286")).blockFirst().valueOrThrow().owner()).isTrue();
		assertThat(this.coverage.orderableProductsBySerialNumbers(List.of("FOC11517LEX")).blockFirst().valueOrThrow().orderableProducts())
			.singleElement()
			.satisfies((orderable) -> {
				assertThat(orderable.orderableProductId()).isEqualTo("HWIC-4ESW");
				assertThat(orderable.pillarDescription()).isEqualTo("TAC SUPPORT");
			});
	}

	@Test
	void anErrorResponseInA400IsTheErrorOfEveryInputOfTheBatch() {
		cisco.stubFor(get(urlPathMatching(SN2INFO + "/coverage/status/serial_numbers/.*"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody(Fixtures.read("coverage/missing-parameters-400.json"))));
		List<ItemResult<String, CoverageStatus>> results = this.coverage.statusBySerialNumbers(List.of("SN1", "SN2")).collectList().block();
		assertThat(results).extracting(ItemResult::error)
			.containsOnly(new ItemError(ItemError.Kind.API_ERROR, "API_MISSING_PARAMETERS", "A required parameter is missing"));
	}

	@Test
	void anErrorInAnItemIsTheErrorOfTheSerialNumberItNames() {
		cisco.stubFor(get(urlPathMatching(SN2INFO + "/coverage/status/serial_numbers/.*")).willReturn(okJson("""
				{"serial_numbers":[{"sr_no":"SN1","is_covered":"YES"},
				 {"sr_no":"SN2","ErrorResponse":{"APIError":{"ErrorCode":"API_INVALID_INPUT","ErrorDescription":"Invalid serial number"}}}]}""")));
		List<ItemResult<String, CoverageStatus>> results = this.coverage.statusBySerialNumbers(List.of("SN1", "SN2")).collectList().block();
		assertThat(results.get(0).isSuccess()).isTrue();
		assertThat(results.get(1).error())
			.isEqualTo(new ItemError(ItemError.Kind.INVALID_INPUT, "API_INVALID_INPUT", "Invalid serial number"));
	}

	@Test
	void noRecordsFoundIsNotFoundForEveryInput() {
		cisco.stubFor(get(urlPathMatching(SN2INFO + "/coverage/status/serial_numbers/.*")).willReturn(okJson(
				"{\"ErrorResponse\":{\"APIError\":[{\"ErrorCode\":\"NO_RECORDS_FOUND\",\"ErrorDescription\":\"No records found\"}]}}")));
		assertThat(this.coverage.statusBySerialNumbers(List.of("SN1", "SN2")).collectList().block())
			.extracting((result) -> result.error().kind())
			.containsExactly(ItemError.Kind.NOT_FOUND, ItemError.Kind.NOT_FOUND);
	}

	@Test
	void notAuthorizedFailsTheLookupWithTheAuthorizationException() {
		cisco.stubFor(get(urlPathMatching(SN2INFO + "/coverage/status/serial_numbers/.*"))
			.willReturn(aResponse().withStatus(403)
				.withHeader("Content-Type", "application/json")
				.withBody(Fixtures.read("coverage/not-authorized-403.json"))));
		StepVerifier.create(this.coverage.statusBySerialNumbers(List.of("SN1")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(CiscoSupportAuthorizationException.class,
					(denied) -> {
						assertThat(denied.getStatusCode()).isEqualTo(403);
						assertThat(denied.getErrorCode()).isEqualTo("API_NOTAUTHORIZED");
					}))
			.verify();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"500 | text/html        | <h1>Internal Server Error</h1> | GET /sn2info/v2/coverage/status/serial_numbers/SN1 failed: HTTP 500",
			"404 | application/json | {\"message\":\"no route\"}    | HTTP 404 with a body that names no Cisco error",
			"200 | text/html        | <h1>Maintenance</h1>           | HTTP 200 with an HTML page instead of the API's answer" })
	void aResponseWithoutACiscoAnswerAnswersTheBatchUnavailable(int status, String contentType, String body,
			String message) {
		cisco.stubFor(get(urlPathMatching(SN2INFO + "/coverage/status/serial_numbers/.*"))
			.willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
		StepVerifier.create(this.coverage.statusBySerialNumbers(List.of("SN1")))
			.assertNext((result) -> {
				assertThat(result.input()).isEqualTo("SN1");
				assertThat(result.error().kind()).isEqualTo(ItemError.Kind.UNAVAILABLE);
				assertThat(result.error().status()).isEqualTo(status);
				assertThat(result.error().cause()).isInstanceOf(CiscoSupportApiException.class)
					.hasMessageContaining(message);
			})
			.verifyComplete();
	}

	private static String statusOf(List<String> serialNumbers) {
		return serialNumbers.stream()
			.map((serial) -> "{\"sr_no\":\"%s\",\"is_covered\":\"YES\",\"coverage_end_date\":\"2030-01-31\"}".formatted(serial))
			.collect(Collectors.joining(",", "{\"serial_numbers\":[", "]}"));
	}

	private static String summaryPage(int page, int lastIndex, String serialNumber) {
		return """
				{"pagination_response_record":{"last_index":%d,"page_index":%d,"page_records":1,"total_records":%d},
				 "serial_numbers":[{"sr_no":"%s","is_covered":"YES"}]}""".formatted(lastIndex, page, lastIndex, serialNumber);
	}

}
