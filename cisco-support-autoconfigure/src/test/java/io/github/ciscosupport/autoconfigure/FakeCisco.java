package io.github.ciscosupport.autoconfigure;

import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A minimal stand-in for id.cisco.com and apix.cisco.com on WireMock, for the auto-configuration
 * tests: a token endpoint issuing a fresh random token per request, and an EoX endpoint.
 */
public final class FakeCisco {

	public static final String CLIENT_ID = "test-client";

	public static final String CLIENT_SECRET = "Sup3r-S3cret-Value";

	public static final String TOKEN_PATH = "/oauth2/default/v1/token";

	public static final String EOX_PATH = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R";

	private FakeCisco() {
	}

	public static WireMockExtension extension() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
	}

	public static void stub(WireMockExtension server) {
		server.stubFor(post(urlEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withTransformers("response-template")
			.withBody("{\"token_type\":\"Bearer\",\"expires_in\":3600,"
					+ "\"access_token\":\"tok-{{randomValue length=20 type='ALPHANUMERIC'}}\",\"scope\":\"customscope\"}")));
		server.stubFor(get(urlPathMatching("/supporttools/.*")).willReturn(okJson(
				"{\"PaginationResponseRecord\":{\"PageIndex\":1,\"LastIndex\":1,\"TotalRecords\":1,\"PageRecords\":1},"
						+ "\"EOXRecord\":[{\"EOLProductID\":\"CISCO1811W-AG-A/K9\","
						+ "\"LastDateOfSupport\":{\"value\":\"2012-06-29\",\"dateFormat\":\"YYYY-MM-DD\"},"
						+ "\"EOXInputType\":\"ShowEOXBySerialNumber\",\"EOXInputValue\":\"FHK0933224R\"}]}")));
	}

	public static String[] properties(WireMockExtension server) {
		return new String[] { "cisco.support.client-id=" + CLIENT_ID, "cisco.support.client-secret=" + CLIENT_SECRET,
				"cisco.support.token-uri=" + server.baseUrl() + TOKEN_PATH, "cisco.support.base-url=" + server.baseUrl() };
	}

	public static int tokenRequests(WireMockExtension server) {
		return server.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
	}

	public static Set<String> bearerHeaders(WireMockExtension server) {
		return server.findAll(getRequestedFor(anyUrl()))
			.stream()
			.map((request) -> request.getHeader("Authorization"))
			.collect(Collectors.toSet());
	}

}
