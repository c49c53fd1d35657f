package io.github.ciscosupport.client.internal.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.FailedCall;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.ThrottledException;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RetryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ciscosupport.client.internal.transport.RetryFilterTests.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping of final error replies to exceptions, and the error envelopes left to the caller,
 * through the whole transport chain over real HTTP.
 */
class ErrorMappingFilterTests {

	private static final String PATH = "/bug/v2.0/bugs/bug_ids/CSCvc57217";

	private static final String ERROR_RESPONSE = "{\"ErrorResponse\":{\"APIError\":[{\"ErrorCode\":"
			+ "\"API_MISSING_PARAMETERS\",\"ErrorDescription\":\"A required parameter is missing\"}]}}";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestTransport transport = new TestTransport(server.baseUrl(), TestTransport.retries(5),
			RateLimitOptions.disabled());

	@ParameterizedTest
	@CsvSource({ "403", "429" })
	void overRateFailsFastWithQuotaExceeded(int status) {
		// PSIRT sends the daily-quota code with 429, the other APIs with 403.
		stub(mashery(status, "ERR_403_DEVELOPER_OVER_RATE").withHeader("X-Mashery-Message-ID", "abc-123")
			.withHeader("X-Error-Detail-Header", "Account Over Rate Limit")
			.withHeader("Content-Type", "text/xml")
			.withBody("<h1>Developer Over Rate</h1>"));
		assertThat(failureOf(call())).isInstanceOfSatisfying(QuotaExceededException.class, (ex) -> {
			assertThat(ex.getStatusCode()).isEqualTo(status);
			assertThat(ex.getErrorCode()).isEqualTo("ERR_403_DEVELOPER_OVER_RATE");
			assertThat(ex).hasMessage("GET " + PATH + " failed: HTTP " + status + " ERR_403_DEVELOPER_OVER_RATE "
					+ "(Mashery message id abc-123). The application's daily quota is used up; retrying cannot help "
					+ "before Cisco resets it. Response: <h1>Developer Over Rate</h1>");
			assertThat(ex.getCall()).isEqualTo(new FailedCall("GET", PATH, "abc-123", "<h1>Developer Over Rate</h1>"));
		});
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
		assertThat(this.transport.events.quotaExhausted).hasValue(1);
		assertThat(this.transport.events.retries).isEmpty();
	}

	@Test
	void refusedCallSaysToCheckTheApiConsole() {
		stub(mashery(403, "ERR_403_NOT_AUTHORIZED").withBody("<h1>Not Authorized</h1>"));
		assertThat(failureOf(call())).isInstanceOfSatisfying(CiscoSupportAuthorizationException.class,
				(ex) -> assertRefusedWithConsoleAdvice(ex, "ERR_403_NOT_AUTHORIZED", "<h1>Not Authorized</h1>"));
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void developerInactiveReachingTheMappingSaysToCheckTheApiConsole() {
		// In the chain the bearer-token filter re-authenticates first (CiscoSupportAuthorizationTests);
		// the mapping alone still names the console for a reply that gets past it.
		stub(mashery(403, "ERR_403_DEVELOPER_INACTIVE").withBody("<h1>Developer Inactive</h1>"));
		WebClient mappingOnly = WebClient.builder()
			.baseUrl(server.baseUrl())
			.filter(new ErrorMappingFilter(new RecordingEvents()))
			.build();
		assertThat(failureOf(mappingOnly.get().uri(PATH).retrieve().bodyToMono(String.class).toFuture()))
			.isInstanceOfSatisfying(CiscoSupportAuthorizationException.class, (ex) -> assertRefusedWithConsoleAdvice(ex,
					"ERR_403_DEVELOPER_INACTIVE", "<h1>Developer Inactive</h1>"));
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	private static void assertRefusedWithConsoleAdvice(CiscoSupportAuthorizationException ex, String errorCode,
			String body) {
		assertThat(ex.getStatusCode()).isEqualTo(403);
		assertThat(ex.getErrorCode()).isEqualTo(errorCode);
		assertThat(ex).hasMessageContainingAll("HTTP 403 " + errorCode, "Cisco API Console", "application is activated",
				"this API is enabled", body);
	}

	@Test
	void unauthorizedWithoutBodyIsAnAuthorizationFailure() {
		stub(aResponse().withStatus(401));
		assertThat(failureOf(call())).isInstanceOf(CiscoSupportAuthorizationException.class)
			.hasMessageContaining("HTTP 401");
	}

	@Test
	void serviceNotFoundPointsAtSpacesInInputs() {
		stub(mashery(596, "ERR_596_SERVICE_NOT_FOUND").withBody("<h1>Service Not Found</h1>"));
		assertThat(failureOf(call())).isExactlyInstanceOf(CiscoSupportApiException.class)
			.hasMessageContainingAll("HTTP 596 ERR_596_SERVICE_NOT_FOUND", "an input contains a space");
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void otherErrorCarriesStatusAndBodyExcerpt() {
		String page = "<html>\n  <body>" + "Internal Server Error ".repeat(20) + "</body></html>";
		stub(aResponse().withStatus(500).withHeader("Content-Type", "text/html").withBody(page));
		assertThat(failureOf(call())).isExactlyInstanceOf(CiscoSupportApiException.class)
			.hasMessageStartingWith("GET " + PATH + " failed: HTTP 500. Response: <html> <body>Internal Server Error")
			.hasMessageEndingWith("...");
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void throttledReplyIsMappedWhenRetriesAreOff() {
		TestTransport once = new TestTransport(server.baseUrl(), RetryOptions.disabled(), RateLimitOptions.disabled());
		stub(aResponse().withStatus(429));
		assertThat(failureOf(RetryFilterTests.call(once, PATH))).isInstanceOf(ThrottledException.class)
			.hasMessageStartingWith("GET " + PATH + " failed after 1 attempt and 0 s of waiting: HTTP 429.");
	}

	@Test
	void jsonUnavailableReplyIsStillAnError() {
		stub(json(503, ERROR_RESPONSE));
		TestTransport once = new TestTransport(server.baseUrl(), RetryOptions.disabled(), RateLimitOptions.disabled());
		assertThat(failureOf(RetryFilterTests.call(once, PATH))).isInstanceOf(ServiceUnavailableException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			400 | application/json | {"ErrorResponse":{"APIError":[{"ErrorCode":"API_MISSING_PARAMETERS"}]}}
			403 | application/json;charset=UTF-8 | {"ErrorCode":"EXCEEDED_CASEIDS","ErrorDescription":"too many"}
			406 | application/problem+json | {"errorCode":"INVALID_PAGE_SIZE","errorMessage":"pageSize"}
			500 | application/json | {"ErrorResponse":{"APIError":[{"ErrorCode":"API_ERROR_01"}]}}
			""")
	void jsonErrorEnvelopeReachesTheCaller(int status, String contentType, String body) throws Exception {
		stub(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body));
		ResponseEntity<String> response = this.transport.client.get()
			.uri(PATH)
			.exchangeToMono((reply) -> reply.toEntity(String.class))
			.toFuture()
			.get(10, TimeUnit.SECONDS);
		assertThat(response.getStatusCode().value()).isEqualTo(status);
		assertThat(response.getBody()).isEqualTo(body);
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void jsonBodyWithMasheryCodeIsMapped() {
		stub(json(403, ERROR_RESPONSE).withHeader("X-Mashery-Error-Code", "ERR_403_DEVELOPER_INACTIVE"));
		assertThat(failureOf(call())).isInstanceOf(CiscoSupportAuthorizationException.class);
	}

	@Test
	void successIsUntouched() throws Exception {
		stub(json(200, "{\"bugs\":[]}"));
		assertThat(call().get(10, TimeUnit.SECONDS)).isEqualTo("{\"bugs\":[]}");
	}

	private CompletableFuture<String> call() {
		return RetryFilterTests.call(this.transport, PATH);
	}

	private static void stub(ResponseDefinitionBuilder reply) {
		server.stubFor(get(PATH).willReturn(reply));
	}

	private static ResponseDefinitionBuilder mashery(int status, String errorCode) {
		return aResponse().withStatus(status).withHeader("X-Mashery-Error-Code", errorCode);
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE).withBody(body);
	}

}
