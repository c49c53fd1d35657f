package io.github.ciscosupport.client.psirt;

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
class SecurityAdvisoryFieldsTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final SecurityAdvisoryClient psirt = TestClients.on(cisco.baseUrl()).securityAdvisories();

	@Test
	void keepsFieldsItDoesNotModelOnTheAdvisoryItsPlatformsAndTheirReleases() {
		cisco.stubFor(get(anyUrl()).willReturn(okJson("""
				{"advisories":[{"advisoryId":"cisco-sa-lsplus-Z6AQEOjk","advisoryTitle":"Cisco IOS XE Software Denial of Service",
				  "bugIDs":["CSCvy48962"],"cves":["CVE-2022-20714"],"cwe":["CWE-20"],"ipsSignatures":["NA"],"cvssBaseScore":"8.6",
				  "cvssVector":"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:H","sir":"High","status":"Final","version":"1.1",
				  "firstPublished":"2022-04-13T23:00:00","lastUpdated":"2022-04-29T04:28:53","productNames":["Cisco IOS XE Software"],
				  "publicationUrl":"https://example.invalid/advisory","summary":"<p>A vulnerability</p>",
				  "platforms":[{"id":"267","name":"Cisco Catalyst 9300","vulnerabilityState":"Vulnerable","platformAlias":"cat9k",
				    "firstFixes":[{"id":"1","name":"17.3.4a","releaseTrain":"17.3"}]}],
				  "firstFixed":["17.3.4a"],"iosRelease":["17.3.1"]}],
				 "paging":{"next":"NA","prev":"NA","count":1}}""")));
		SecurityAdvisory advisory = this.psirt.byOsType(OsType.IOS_XE, "17.3.1").blockFirst();
		assertThat(advisory.unknownFields())
			.containsOnly(Map.entry("cvssVector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:H"));
		assertThat(advisory.platforms()).singleElement().satisfies((platform) -> {
			assertThat(platform.unknownFields()).containsOnly(Map.entry("platformAlias", "cat9k"));
			assertThat(platform.firstFixes()).singleElement()
				.satisfies((release) -> assertThat(release.unknownFields()).containsOnly(Map.entry("releaseTrain", "17.3")));
		});
		assertThat(advisory.firstFixed()).isEqualTo(List.of("17.3.4a"));
	}

}
