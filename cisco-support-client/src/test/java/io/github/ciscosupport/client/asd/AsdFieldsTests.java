package io.github.ciscosupport.client.asd;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.ciscosupport.client.TestClients;

/** Every field Cisco sends is kept: fields the records do not model land in their map. */
class AsdFieldsTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final AsdClient asd = TestClients.on(cisco.baseUrl()).asd();

	@Test
	void keepsFieldsItDoesNotModelAtEveryLevelOfTheMetadataAndReadsTheImageChecksumsAndFlags() {
		cisco.stubFor(post(urlPathMatching(".*/metadata/pidrelease")).willReturn(okJson("""
				{"pagination":{"pageIndex":1,"lastIndex":1,"totalRecords":1,"pageRecords":1},"metadataTransId":"T-1",
				 "metadata":[{"pid":"ISR4431/K9","requestedBy":"api",
				   "products":[{"mdfId":"284358776","mdfConceptName":"4431 Integrated Services Router","mdfLevel":"5",
				     "softwareTypes":[{"softwareTypeId":"282046477","softwareTypeName":"IOS XE Software","softwareTypeOrder":"1",
				       "operatingSystems":[{"name":"IOS XE","osFamily":"XE",
				         "releases":[{"version":"17.9.4a","fcsDate":"2023-08-01","message":"","lifeCycle":"MD","isSuggested":"Y",
				           "catalogMessage":"Suggested release","fieldNotice":{"id":"FN-72510"},
				           "images":[{"imageGuid":"G-1","name":"isr4400-universalk9.17.09.04a.SPA.bin","size":"700000000",
				             "imageDescription":"IOS XE","featureSetDescription":"UNIVERSAL","minDram":"8192","minFlash":"8192",
				             "encryptionSoftwareIndicator":"Y","md5":"d41d8cd9","sha512":"cf83e135","isDeleted":"N","deletedDate":"",
				             "releaseDate":"2023-08-01","isRelated":"N","psirtIndicator":"N","softwareAdvisory":{"url":"https://example.invalid"}}]}]}]}]}]}]}""")));
		SoftwareMetadata metadata = this.asd.metadataByProductIdAndRelease("ISR4431/K9", "16.9.1", "latest").blockFirst().metadata();
		assertThat(metadata.unknownFields()).containsOnly(Map.entry("requestedBy", "api"));
		SoftwareMetadata.Product product = metadata.products().get(0);
		assertThat(product.unknownFields()).containsOnly(Map.entry("mdfLevel", "5"));
		SoftwareMetadata.SoftwareType type = product.softwareTypes().get(0);
		assertThat(type.unknownFields()).containsOnly(Map.entry("softwareTypeOrder", "1"));
		assertThat(type.operatingSystems().get(0).unknownFields()).containsOnly(Map.entry("osFamily", "XE"));
		SoftwareMetadata.Release release = metadata.releases().get(0);
		assertThat(release.catalogMessage()).isEqualTo("Suggested release");
		assertThat(release.message()).isEmpty();
		assertThat(release.unknownFields()).containsOnly(Map.entry("fieldNotice", Map.of("id", "FN-72510")));
		SoftwareMetadata.Image image = release.images().get(0);
		assertThat(image.sha512()).isEqualTo("cf83e135");
		assertThat(image.deleted()).isFalse();
		assertThat(image.deletedDate()).isNull();
		assertThat(image.related()).isFalse();
		assertThat(image.psirtIndicator()).isEqualTo("N");
		assertThat(image.releaseDate()).isEqualTo(LocalDate.of(2023, 8, 1));
		assertThat(image.unknownFields()).containsOnly(Map.entry("softwareAdvisory", Map.of("url", "https://example.invalid")));
	}

	@Test
	void keepsFieldsItDoesNotModelOnDownloadsAndComplianceAnswers() {
		cisco.stubFor(post(urlPathMatching(".*/download/pidimage")).willReturn(okJson("""
				{"sessionId":"S-1","downloads":[{"url":"https://example.invalid/image.bin","token":"t","imageGuid":"G-1",
				  "imageName":"image.bin","urlExpiry":"2025-01-01T00:00:00Z"}]}""")));
		cisco.stubFor(post(urlPathMatching(".*/compliance/k9")).willReturn(okJson("""
				{"statusCode":"SUCCESS","statusMessage":"K9 agreement accepted","subAppVersion":"4.0"}""")));
		ImageDownload download = this.asd.downloadUrlsByImageGuids("ISR4431/K9", "T-1", List.of("G-1")).blockFirst().valueOrThrow();
		assertThat(download.unknownFields()).containsOnly(Map.entry("urlExpiry", "2025-01-01T00:00:00Z"));
		ComplianceResult k9 = this.asd.submitK9Compliance(ComplianceDecision.accepted()).block();
		assertThat(k9.unknownFields()).containsOnly(Map.entry("subAppVersion", "4.0"));
	}

}
