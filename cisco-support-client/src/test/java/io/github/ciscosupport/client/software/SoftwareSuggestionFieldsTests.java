package io.github.ciscosupport.client.software;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.ciscosupport.client.TestClients;

/** Every field Cisco sends is kept: fields the records do not model land in their map. */
class SoftwareSuggestionFieldsTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SoftwareSuggestionClient software = TestClients.on(cisco.baseUrl()).softwareSuggestions();

	@Test
	void keepsFieldsItDoesNotModelAtEveryLevelAndReadsTheImageDescription() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson("""
				{"status":"Success","paginationResponseRecord":{"pageIndex":1,"lastIndex":1,"totalRecords":1,"pageRecords":1},
				 "productList":[{"id":"1","listedAt":"2024-05-01",
				   "product":{"basePID":"WS-C3560-48PS-S","mdfId":"283612677","productName":"Catalyst 3560 48 10/100 PoE + 4 SFP",
				     "softwareType":"IOS Software","softwareTypeId":"280805680"},
				   "suggestions":[{"id":"1","isSuggested":"Y","releaseFormat1":"15.0(2)SE11","releaseFormat2":"15.0.2SE11",
				     "releaseDate":"19-May-2017","majorRelease":"15.0","releaseTrain":"SE","releaseLifeCycle":"GD",
				     "relDispName":"15.0(2)SE11","trainDispName":"15.0SE","releaseNotesUrl":"https://example.invalid/notes",
				     "images":[{"imageName":"c3560-ipbasek9-mz.150-2.SE11.bin","imageSize":"16000000","featureSet":"IP BASE",
				       "description":"IP BASE WITH WEB BASED DEV MGR","requiredDRAM":"128","requiredFlash":"32","md5Checksum":"abc"}]}]}]}""")));
		List<SoftwareSuggestion> suggestions = this.software.softwareByProductIds(List.of("WS-C3560-48PS-S"))
			.blockFirst()
			.valueOrThrow();
		SoftwareSuggestion suggestion = suggestions.get(0);
		assertThat(suggestion.unknownFields()).containsOnly(Map.entry("listedAt", "2024-05-01"));
		assertThat(suggestion.product().unknownFields()).containsOnly(Map.entry("softwareTypeId", "280805680"));
		SuggestedRelease release = suggestion.suggestions().get(0);
		assertThat(release.unknownFields()).containsOnly(Map.entry("releaseNotesUrl", "https://example.invalid/notes"));
		assertThat(release.images()).singleElement().satisfies((image) -> {
			assertThat(image.description()).isEqualTo("IP BASE WITH WEB BASED DEV MGR");
			assertThat(image.unknownFields()).containsOnly(Map.entry("md5Checksum", "abc"));
		});
	}

}
