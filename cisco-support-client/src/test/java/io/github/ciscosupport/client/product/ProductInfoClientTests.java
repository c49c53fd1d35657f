package io.github.ciscosupport.client.product;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
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
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

class ProductInfoClientTests {

	private static final String PRODUCT = "/product/v1/information";

	private static final String SERIAL_ECHO = "product-serial-echo";

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(new InputEcho(SERIAL_ECHO, ProductInfoClientTests::productsOf)))
		.build();

	private final ProductInfoClient productInfo = TestClients.on(cisco.baseUrl()).productInfo();

	@Test
	void readsProductInformationWithAllZeroPaginationInOneCall() {
		cisco.stubFor(get(urlEqualTo(PRODUCT + "/serial_numbers/FTX1910100B?page_index=1"))
			.willReturn(okJson(Fixtures.read("product/by-serial-number.json"))));
		ProductInfo product = this.productInfo.bySerialNumbers(List.of("FTX1910100B")).blockFirst().valueOrThrow();
		assertThat(product.productName()).isEqualTo("Catalyst 3560 48 10/100 PoE + 4 SFP");
		assertThat(product.releaseDate()).isEqualTo(LocalDate.of(2005, 3, 1));
		assertThat(product.dimensions().value()).isEqualTo("1.73 x 17.5 x 11.8 in");
		assertThat(product.richMediaUrls().smallImageUrl()).endsWith("small.jpg");
		assertThat(cisco.getAllServeEvents()).hasSize(1);
	}

	@Test
	void twelveSerialNumbersGoOutFiveAtATimeAndComeBackInOrder() {
		cisco.stubFor(get(urlPathMatching(PRODUCT + "/serial_numbers/.*")).willReturn(aResponse().withTransformers(SERIAL_ECHO)));
		List<String> serials = IntStream.range(0, 12).mapToObj((i) -> "FTX%07d".formatted(i)).toList();
		List<ItemResult<String, ProductInfo>> results = this.productInfo.bySerialNumbers(serials).collectList().block();
		assertThat(results).extracting((result) -> result.valueOrThrow().serialNumber()).containsExactlyElementsOf(serials);
		assertThat(cisco.getAllServeEvents()).extracting((call) -> InputEcho.inputsOf(call.getRequest().getUrl()).size())
			.containsExactlyInAnyOrder(5, 5, 2);
	}

	@Test
	void aMissIsNotFoundForTheInputLeftUnanswered() {
		String miss = Fixtures.read("product/miss.json");
		String answerAndMiss = miss.replace("\"product_list\":[", "\"product_list\":[{\"id\":\"1\",\"sr_no\":\"FTX1910100B\",\"product_name\":\"Catalyst 3560\"},");
		cisco.stubFor(get(urlPathMatching(PRODUCT + "/serial_numbers/.*")).willReturn(okJson(answerAndMiss)));
		List<ItemResult<String, ProductInfo>> results = this.productInfo.bySerialNumbers(List.of("UNKNOWN1", "FTX1910100B"))
			.collectList()
			.block();
		assertThat(results.get(0).error())
			.isEqualTo(new ItemError(ItemError.Kind.NOT_FOUND, "NO_RECORDS_FOUND", "No records found for the given input"));
		assertThat(results.get(1).valueOrThrow().productName()).isEqualTo("Catalyst 3560");
	}

	@Test
	void encodesASlashInAProductIdAsPercent2F() {
		cisco.stubFor(get(urlEqualTo(PRODUCT + "/product_ids/CISCO1811W-AG-A%2FK9?page_index=1")).willReturn(okJson("""
				{"pagination_response_record":{"last_index":0,"page_index":0,"page_records":0,"total_records":0},
				 "product_list":[{"id":"1","product_id":"CISCO1811W-AG-A/K9","product_name":"Cisco 1811W Router"}]}""")));
		ItemResult<String, ProductInfo> result = this.productInfo.byProductIds(List.of("CISCO1811W-AG-A/K9")).blockFirst();
		assertThat(result.valueOrThrow().productName()).isEqualTo("Cisco 1811W Router");
	}

	@Test
	void walksEveryPageOfABatch() {
		cisco.stubFor(get(urlEqualTo(PRODUCT + "/product_ids/PID-1,PID-2?page_index=1")).willReturn(okJson(productPage(1, "PID-1"))));
		cisco.stubFor(get(urlEqualTo(PRODUCT + "/product_ids/PID-1,PID-2?page_index=2")).willReturn(okJson(productPage(2, "PID-2"))));
		List<ItemResult<String, ProductInfo>> results = this.productInfo.byProductIds(List.of("PID-1", "PID-2")).collectList().block();
		assertThat(results).extracting((result) -> result.valueOrThrow().productId()).containsExactly("PID-1", "PID-2");
		assertThat(cisco.getAllServeEvents()).hasSize(2);
	}

	@Test
	void readsMdfNames() {
		cisco.stubFor(get(urlEqualTo(PRODUCT + "/product_ids_mdf/WS-C3560-48PS-S?page_index=1")).willReturn(okJson(Fixtures.read("product/mdf.json"))));
		ProductMdfInfo mdf = this.productInfo.mdfByProductIds(List.of("WS-C3560-48PS-S")).blockFirst().valueOrThrow();
		assertThat(mdf.productNameMdf()).isEqualTo("Catalyst 3560-48PS Switch");
		assertThat(mdf.productSeriesMdf()).isEqualTo("Catalyst 3560 Series Switches");
	}

	@Test
	void notAuthorizedFailsTheLookupWithTheAuthorizationException() {
		cisco.stubFor(get(urlPathMatching(PRODUCT + "/serial_numbers/.*")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody(Fixtures.read("coverage/not-authorized-403.json"))));
		StepVerifier.create(this.productInfo.bySerialNumbers(List.of("FTX1910100B")))
			.expectError(CiscoSupportAuthorizationException.class)
			.verify();
	}

	private static String productsOf(List<String> serialNumbers) {
		return serialNumbers.stream()
			.map((serial) -> "{\"sr_no\":\"%s\",\"product_name\":\"Product of %1$s\"}".formatted(serial))
			.collect(Collectors.joining(",",
					"{\"pagination_response_record\":{\"last_index\":0,\"page_index\":0,\"page_records\":0,\"total_records\":0},\"product_list\":[",
					"]}"));
	}

	private static String productPage(int page, String productId) {
		return """
				{"pagination_response_record":{"last_index":2,"page_index":%d,"page_records":1,"total_records":2},
				 "product_list":[{"id":"%1$d","product_id":"%s","product_name":"Product %2$s"}]}""".formatted(page, productId);
	}

}
