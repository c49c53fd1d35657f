package io.github.ciscosupport.client.product;

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
class ProductInfoFieldsTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ProductInfoClient productInfo = TestClients.on(cisco.baseUrl()).productInfo();

	@Test
	void keepsFieldsItDoesNotModelOnTheProductAndItsNestedBlocks() {
		String body = Fixtures.read("product/by-serial-number.json")
			.replace("\"weight\"", "\"power_consumption\":\"370 W\",\"weight\"")
			.replace("\"dimensions_format\"", "\"dimensions_unit\":\"in\",\"dimensions_format\"")
			.replace("\"large_image_url\"", "\"medium_image_url\":\"https://example.invalid/medium.jpg\",\"large_image_url\"");
		cisco.stubFor(get(anyUrl()).willReturn(okJson(body)));
		ProductInfo product = this.productInfo.bySerialNumbers(List.of("FTX1910100B")).blockFirst().valueOrThrow();
		assertThat(product.unknownFields()).containsOnly(Map.entry("power_consumption", "370 W"));
		assertThat(product.dimensions().unknownFields()).containsOnly(Map.entry("dimensions_unit", "in"));
		assertThat(product.richMediaUrls().unknownFields())
			.containsOnly(Map.entry("medium_image_url", "https://example.invalid/medium.jpg"));
		assertThat(product.weight()).isEqualTo("10.0 lb");
	}

	@Test
	void keepsFieldsItDoesNotModelOnMdfNames() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("product/mdf.json")
			.replace("\"product_series_mdf\"", "\"product_family_mdf\":\"Switches\",\"product_series_mdf\""))));
		ProductMdfInfo mdf = this.productInfo.mdfByProductIds(List.of("WS-C3560-48PS-S")).blockFirst().valueOrThrow();
		assertThat(mdf.unknownFields()).containsOnly(Map.entry("product_family_mdf", "Switches"));
	}

}
