package io.github.ciscosupport.client.internal.transport;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.TestClients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The body excerpt of an API error reply, in the exception message and its {@code FailedCall},
 * never shows a token value, whether the body carries it in JSON or form-encoded shape.
 */
class ErrorReplyExcerptTests {

	private static final String PATH = "/bug/v2.0/bugs/bug_ids/CSCvc57217";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final WebClient client = TestClients.on(server.baseUrl()).webClient();

	@Test
	void jsonTokenValuesAreMasked() {
		server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(502)
			.withHeader("X-Mashery-Error-Code", "ERR_502_BAD_GATEWAY")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"upstream\",\"access_token\":\"eyJhbGciOiJSUzI1NiJ9.payload.sig\","
					+ "\"refresh_token\" : \"r-0123456789\",\"token_type\":\"Bearer\"}")));

		assertThat(failure()).satisfies((ex) -> {
			assertThat(ex.getMessage()).contains("\"access_token\":\"******\"")
				.contains("\"refresh_token\" : \"******\"")
				.contains("\"token_type\":\"Bearer\"")
				.doesNotContain("eyJhbGciOiJSUzI1NiJ9")
				.doesNotContain("r-0123456789");
			assertThat(ex.getCall().bodyExcerpt()).doesNotContain("eyJhbGciOiJSUzI1NiJ9")
				.doesNotContain("r-0123456789");
		});
	}

	@Test
	void formEncodedTokenValuesAreMasked() {
		server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "text/plain")
			.withBody("request was access_token=abc.def.ghi&id_token=xyz-789&page=2")));

		assertThat(failure().getMessage()).contains("access_token=******&id_token=******&page=2")
			.doesNotContain("abc.def.ghi")
			.doesNotContain("xyz-789");
	}

	@Test
	void aTokenCutShortByTheExcerptIsStillMasked() {
		// The value starts inside the 200 characters and would run past them.
		String token = "eyJ" + "A".repeat(400);
		server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "text/html")
			.withBody("<p>" + "x".repeat(150) + "</p>{\"access_token\":\"" + token + "\"}")));

		assertThat(failure().getMessage()).contains("\"access_token\":\"******").doesNotContain("eyJ");
	}

	private CiscoSupportApiException failure() {
		Throwable failure = catchThrowable(
				() -> this.client.get().uri(PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10)));
		assertThat(failure).isInstanceOf(CiscoSupportApiException.class);
		return (CiscoSupportApiException) failure;
	}

}
