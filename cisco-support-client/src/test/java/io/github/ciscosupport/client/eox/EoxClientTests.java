package io.github.ciscosupport.client.eox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.Fixtures;
import io.github.ciscosupport.client.InputEcho;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EoxClientTests {

	private static final String EOX = "/supporttools/eox/rest/5";

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(EoxSerialNumberEcho.transformer()))
		.build();

	private final EoxClient eox = TestClients.builder(cisco.baseUrl()).maxConcurrentBatches(4).build().eox();

	@Test
	void readsARecordedResponse() {
		cisco.stubFor(get(urlEqualTo(EOX + "/EOXBySerialNumber/1/FHK0933224R?responseencoding=json"))
			.willReturn(okJson(Fixtures.read("eox/by-serial-number.json"))));
		ItemResult<String, List<EoxRecord>> result = this.eox.bySerialNumbers(List.of("FHK0933224R")).blockFirst();
		assertThat(result.input()).isEqualTo("FHK0933224R");
		EoxRecord record = result.valueOrThrow().get(0);
		assertThat(record.eolProductId()).isEqualTo("CISCO1811W-AG-A/K9");
		assertThat(record.endOfSaleDate()).isEqualTo(LocalDate.of(2007, 6, 29));
		assertThat(record.lastDateOfSupport()).isEqualTo(LocalDate.of(2012, 6, 29));
		assertThat(record.endOfSoftwareMaintenanceReleases()).isNull();
		assertThat(record.migrationDetails().productIdActive()).isTrue();
		assertThat(record.migrationDetails().migrationProductId()).isEqualTo("CISCO1811W-AG-B/K9");
		assertThat(record.error()).isNull();
	}

	@Test
	void fiveThousandSerialNumbersGetFiveThousandAnswersInOrderFromCallsOfTwenty() {
		stubSerialNumberEcho();
		List<String> serials = IntStream.range(0, 5000).mapToObj((i) -> "FOC%07d".formatted(i)).toList();
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.bySerialNumbers(serials).collectList().block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(serials);
		assertThat(results).allSatisfy((result) -> assertThat(result.valueOrThrow())
			.singleElement()
			.extracting(EoxRecord::eolProductId)
			.isEqualTo(EoxSerialNumberEcho.productIdOf(result.input())));
		List<ServeEvent> calls = cisco.getAllServeEvents();
		assertThat(calls).hasSize(250);
		assertThat(calls).allSatisfy((call) -> assertThat(inputsOf(call)).hasSize(20));
	}

	@Test
	void unknownSerialNumbersAreAnsweredNotFoundAndNoneIsLost() {
		stubSerialNumberEcho();
		List<String> serials = new ArrayList<>(IntStream.range(0, 200).mapToObj((i) -> "FOC%07d".formatted(i)).toList());
		List<Integer> unknown = List.of(0, 19, 20, 77, 150, 198, 199);
		unknown.forEach((position) -> serials.set(position, EoxSerialNumberEcho.UNKNOWN_PREFIX + position));
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.bySerialNumbers(serials).collectList().block();
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(serials);
		assertThat(results).filteredOn(ItemResult::isSuccess).hasSize(193);
		assertThat(IntStream.range(0, 200).filter((position) -> !results.get(position).isSuccess()).boxed().toList())
			.containsExactlyElementsOf(unknown);
		assertThat(results.get(77).error())
			.isEqualTo(new ItemError(ItemError.Kind.NOT_FOUND, "SSA_ERR_023",
					"EOX information does not exist for the following serial number(s): UNKNOWN77"));
		assertThat(cisco.getAllServeEvents()).hasSize(10);
	}

	@Test
	void sendsDuplicatesOnceAndAnswersEachOccurrence() {
		stubSerialNumberEcho();
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.bySerialNumbers(List.of("SN1", "SN2", "SN1", "SN1"))
			.collectList()
			.block();
		assertThat(results).extracting(ItemResult::input).containsExactly("SN1", "SN2", "SN1", "SN1");
		assertThat(results).allMatch(ItemResult::isSuccess);
		assertThat(cisco.getAllServeEvents()).singleElement().satisfies((call) -> assertThat(inputsOf(call)).containsExactly("SN1", "SN2"));
	}

	@Test
	void anEmptyListMakesNoCall() {
		StepVerifier.create(this.eox.bySerialNumbers(List.of())).verifyComplete();
		assertThat(cisco.getAllServeEvents()).isEmpty();
	}

	@Test
	void blankInputsAreRejectedBeforeAnyCall() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.eox.byProductIds(List.of("WS-C3850-48XS-E", "  ")))
			.withMessageContaining("position(s) 1");
		assertThat(cisco.getAllServeEvents()).isEmpty();
	}

	@Test
	void inputsWithSpacesAndShortWildcardsAreRefusedWithoutBeingSent() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXByProductID/1/.*")).willReturn(okJson(Fixtures.read("eox/null-record.json"))));
		List<ItemResult<String, List<EoxRecord>>> results = this.eox
			.byProductIds(List.of("WS C3850", "WS*", "WS-C3850*", "WS-C3850-48XS-E "))
			.collectList()
			.block();
		assertThat(results).extracting((result) -> result.error().kind())
			.containsExactly(ItemError.Kind.INVALID_INPUT, ItemError.Kind.INVALID_INPUT, ItemError.Kind.NOT_FOUND,
					ItemError.Kind.INVALID_INPUT);
		assertThat(results.get(1).error().description()).contains("wildcard");
		// encoded strictly, as every input is: %2A decodes to the wildcard like a literal * does
		cisco.verify(1, getRequestedFor(urlEqualTo(EOX + "/EOXByProductID/1/WS-C3850%2A?responseencoding=json")));
		assertThat(cisco.getAllServeEvents()).hasSize(1);
	}

	@Test
	void serialNumbersLongerThanFortyCharactersAreRefused() {
		stubSerialNumberEcho();
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.bySerialNumbers(List.of("X".repeat(41), "X".repeat(40)))
			.collectList()
			.block();
		assertThat(results.get(0).error().kind()).isEqualTo(ItemError.Kind.INVALID_INPUT);
		assertThat(results.get(1).isSuccess()).isTrue();
		assertThat(cisco.getAllServeEvents()).singleElement()
			.satisfies((call) -> assertThat(inputsOf(call)).containsExactly("X".repeat(40)));
	}

	@Test
	void aTopLevelErrorNamingAnInputIsTheErrorOfThatInputOnly() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXBySerialNumber/1/.*")).willReturn(okJson("""
				{"EOXError":{"ErrorID":"SSA_ERR_010","ErrorDescription":"The serialNumbers value specified is invalid.",				"ErrorDataType":"SERIAL_NUMBER","ErrorDataValue":"BAD!"}}""")));
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.bySerialNumbers(List.of("FHK0933224R", "BAD!"))
			.collectList()
			.block();
		assertThat(results.get(0).error()).extracting(ItemError::kind, ItemError::code).containsExactly(ItemError.Kind.NOT_FOUND, null);
		assertThat(results.get(1).error()).extracting(ItemError::kind, ItemError::code)
			.containsExactly(ItemError.Kind.INVALID_INPUT, "SSA_ERR_010");
	}

	@Test
	void encodesASlashInAProductIdAsPercent2F() {
		cisco.stubFor(get(urlEqualTo(EOX + "/EOXByProductID/1/CISCO1811W-AG-A%2FK9,WS-C3850-48XS-E?responseencoding=json"))
			.willReturn(okJson(Fixtures.read("eox/by-serial-number.json").replace("FHK0933224R", "CISCO1811W-AG-A/K9"))));
		List<ItemResult<String, List<EoxRecord>>> results = this.eox
			.byProductIds(List.of("CISCO1811W-AG-A/K9", "WS-C3850-48XS-E"))
			.collectList()
			.block();
		assertThat(results.get(0).valueOrThrow()).extracting(EoxRecord::eolProductId).containsExactly("CISCO1811W-AG-A/K9");
		assertThat(results.get(1).error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
	}

	@Test
	void mapsTrailingSpacesAndCommaJoinedInputValuesBackToEachInput() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXByProductID/1/.*")).willReturn(okJson(Fixtures.read("eox/by-product-id-merged.json"))));
		List<ItemResult<String, List<EoxRecord>>> results = this.eox
			.byProductIds(List.of("WS-C3850-48XS-E", "WS-C3850-48XS-E-RF", "ws-c3850-24xs-e-rf"))
			.collectList()
			.block();
		assertThat(results.get(0).valueOrThrow()).extracting(EoxRecord::eolProductId).containsExactly("WS-C3850-48XS-E");
		assertThat(results.get(0).valueOrThrow().get(0).migrationDetails().migrationProductName()).isEqualTo("C9500-48Y4C");
		assertThat(results.get(0).valueOrThrow().get(0).endOfSoftwareMaintenanceReleases()).isNull();
		assertThat(results.get(1).valueOrThrow()).extracting(EoxRecord::eolProductId).containsExactly("WS-C3850-48XS-E-RF");
		assertThat(results.get(2).valueOrThrow()).extracting(EoxRecord::eolProductId).containsExactly("WS-C3850-48XS-E-RF");
	}

	@Test
	void aPerRecordErrorIsTheErrorOfTheInputItNames() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXByProductID/1/.*")).willReturn(okJson(Fixtures.read("eox/per-record-error.json"))));
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.byProductIds(List.of("C9300-48P", "WS-C3850-48XS-E"))
			.collectList()
			.block();
		assertThat(results.get(0).error()).isEqualTo(new ItemError(ItemError.Kind.NOT_FOUND, "SSA_ERR_026",
				"EOX information does not exist for the following product ID(s): C9300-48P"));
		assertThat(results.get(1).valueOrThrow()).extracting(EoxRecord::productBulletinNumber).containsExactly("EOL13873");
	}

	@Test
	void aTopLevelErrorIsTheErrorOfEveryInputOfItsBatchOnly() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXBySerialNumber/1/BAD0,.*")).willReturn(okJson(Fixtures.read("eox/top-level-error.json"))));
		stubSerialNumberEcho();
		List<String> serials = new ArrayList<>(IntStream.range(0, 25).mapToObj((i) -> "SN" + i).toList());
		serials.set(0, "BAD0");
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.bySerialNumbers(serials).collectList().block();
		assertThat(results.subList(0, 20)).allSatisfy((result) -> assertThat(result.error())
			.extracting(ItemError::kind, ItemError::code)
			.containsExactly(ItemError.Kind.INVALID_INPUT, "SSA_ERR_010"));
		assertThat(results.subList(20, 25)).allMatch(ItemResult::isSuccess);
	}

	@Test
	void accessDeniedFailsTheLookupWithTheAuthorizationException() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXBySerialNumber/1/.*")).willReturn(okJson(Fixtures.read("eox/access-denied.json"))));
		StepVerifier.create(this.eox.bySerialNumbers(List.of("FHK0933224R")))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(CiscoSupportAuthorizationException.class)
				.hasMessageContaining("SSA_ERR_034")
				.extracting("errorCode")
				.isEqualTo("SSA_ERR_034"))
			.verify();
	}

	@Test
	void accessDeniedOnARecordFailsTheLookupToo() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXByProductID/1/.*")).willReturn(okJson(Fixtures.read("eox/per-record-error.json")
			.replace("SSA_ERR_026", "SSA_ERR_036"))));
		StepVerifier.create(this.eox.byProductIds(List.of("C9300-48P")))
			.expectError(CiscoSupportAuthorizationException.class)
			.verify();
	}

	@Test
	void acceptsASingleRecordObjectAndANullRecordList() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXByProductID/1/WS-C2960-24TT-L.*")).willReturn(okJson(Fixtures.read("eox/single-record-object.json"))));
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXByProductID/1/WS-C2960-48TT-L.*")).willReturn(okJson(Fixtures.read("eox/null-record.json"))));
		ItemResult<String, List<EoxRecord>> single = this.eox.byProductIds(List.of("WS-C2960-24TT-L")).blockFirst();
		assertThat(single.valueOrThrow()).singleElement().satisfies((record) -> {
			assertThat(record.endOfSaleDate()).isEqualTo(LocalDate.of(2014, 10, 30));
			assertThat(record.migrationDetails().productIdActive()).isFalse();
		});
		ItemResult<String, List<EoxRecord>> none = this.eox.byProductIds(List.of("WS-C2960-48TT-L")).blockFirst();
		assertThat(none.error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
	}

	@Test
	void mergesTheRecordsOfAllPagesOfABatch() {
		cisco.stubFor(get(urlEqualTo(EOX + "/EOXByProductID/1/WS-C3850%2A?responseencoding=json"))
			.willReturn(okJson(EoxPages.page(1, 2, "WS-C3850-12S-E", "WS-C3850*"))));
		cisco.stubFor(get(urlEqualTo(EOX + "/EOXByProductID/2/WS-C3850%2A?responseencoding=json"))
			.willReturn(okJson(EoxPages.page(2, 2, "WS-C3850-24T-E", "WS-C3850*"))));
		ItemResult<String, List<EoxRecord>> result = this.eox.byProductIds(List.of("WS-C3850*")).blockFirst();
		assertThat(result.valueOrThrow()).extracting(EoxRecord::eolProductId).containsExactly("WS-C3850-12S-E", "WS-C3850-24T-E");
	}

	@Test
	void mapsSoftwareReleaseRecordsBackByTheirParameterNumber() {
		cisco.stubFor(get(urlPathEqualTo(EOX + "/EOXBySWReleaseString/1/"))
			.withQueryParam("responseencoding", equalTo("json"))
			.withQueryParam("input1", equalTo("12.2,IOS"))
			.withQueryParam("input2", equalTo("15.1(4)M,IOS"))
			.willReturn(okJson(EoxPages.page(1, 1, "S72CK91-12214S", "input1=12.2,IOS"))));
		List<ItemResult<String, List<EoxRecord>>> results = this.eox.byReleases(List.of("12.2,IOS", "15.1(4)M,IOS"))
			.collectList()
			.block();
		assertThat(results.get(0).valueOrThrow()).extracting(EoxRecord::eolProductId).containsExactly("S72CK91-12214S");
		assertThat(results.get(1).error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
		assertThat(cisco.getAllServeEvents()).singleElement()
			.satisfies((call) -> assertThat(call.getRequest().getUrl()).contains("input1=12.2%2CIOS"));
	}

	@Test
	void sendsSoftwareReleasesAsCiscosRecordedTrafficDoes() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXBySWReleaseString/.*"))
			.willReturn(okJson(EoxPages.page(1, 1, "S72CK91-12214S", "input1=12.2,IOS"))));
		this.eox.byReleases(List.of("12.2,IOS", "15.1(4)M,IOS")).collectList().block();
		assertThat(cisco.getAllServeEvents()).singleElement()
			.satisfies((call) -> assertThat(call.getRequest().getUrl()).isEqualTo(EOX
					+ "/EOXBySWReleaseString/1/?input1=12.2%2CIOS&input2=15.1%284%29M%2CIOS&responseencoding=json"));
	}

	private void stubSerialNumberEcho() {
		cisco.stubFor(get(urlPathMatching(EOX + "/EOXBySerialNumber/1/.*"))
			.atPriority(10)
			.willReturn(aResponse().withTransformers(EoxSerialNumberEcho.NAME)));
	}

	private static List<String> inputsOf(ServeEvent call) {
		return InputEcho.inputsOf(call.getRequest().getUrl());
	}

}
