package io.github.ciscosupport.client.internal.transport;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RetryOptions;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.core.ParameterizedTypeReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ciscosupport.client.internal.transport.RetryFilterTests.failureOf;
import static io.github.ciscosupport.client.internal.transport.RetryFilterTests.replies;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2xx replies whose body cannot be used are retried like transient faults, within the same
 * budgets, over real HTTP to WireMock on a virtual clock.
 */
class SuccessBodyTests {

	private static final String PATH = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R";

	private static final String ANSWER = "{\"EOXRecord\":[{\"EOLProductID\":\"CISCO1811W-AG-A/K9\"}]}";

	private static final ResponseDefinitionBuilder MAINTENANCE_PAGE = aResponse().withStatus(200)
		.withHeader("Content-Type", "text/html; charset=utf-8")
		.withBody("<html><body><h1>Down for maintenance</h1></body></html>");

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestTransport transport = transport(TestTransport.retries(3));

	@Test
	void connectionDroppedMidBodyIsRetried() throws Exception {
		assertRetriedOnceThenRead(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
		assertThat(this.transport.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).hasMessageStartingWith("HTTP 200 with a body cut off (")
				.hasRootCauseInstanceOf(PrematureCloseException.class));
	}

	@Test
	void emptyBodyIsRetried() throws Exception {
		assertRetriedOnceThenRead(okJson(""));
		assertThat(this.transport.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).hasMessage("HTTP 200 with an empty body"));
	}

	@Test
	void htmlPageIsRetried() throws Exception {
		assertRetriedOnceThenRead(MAINTENANCE_PAGE);
	}

	@Test
	void jsonCutOffIsRetried() throws Exception {
		assertRetriedOnceThenRead(okJson(ANSWER.substring(0, ANSWER.length() / 2)));
		assertThat(this.transport.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause())
				.hasMessage("HTTP 200 with JSON that is cut off (it starts with '{' and does not end with '}')"));
	}

	@Test
	void largeJsonCutOffIsRetried() throws Exception {
		String large = largeJson();
		assertRetriedOnceThenRead(okJson(large.substring(0, large.length() / 2)));
	}

	@Test
	void largeJsonIsReadWhole() throws Exception {
		server.stubFor(get(PATH).willReturn(okJson(largeJson())));
		assertThat(callForJson(this.transport).get(10, TimeUnit.SECONDS)).containsKey("EOXRecord");
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void jsonThatDoesNotParseIsRetried() throws Exception {
		assertRetriedOnceThenRead(okJson("{\"EOXRecord\":[{\"EOLProductID\":\"CISCO1811W-AG-A/K9\",}]}"));
		assertThat(this.transport.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).hasMessageStartingWith("HTTP 200 with JSON that does not parse ("));
	}

	@Test
	void twoJsonValuesAreRetried() throws Exception {
		assertRetriedOnceThenRead(okJson(ANSWER + ANSWER));
	}

	@Test
	void givesUpAfterMaxAttemptsWithTheReasonAndAnExcerpt() throws Exception {
		server.stubFor(get(PATH).willReturn(MAINTENANCE_PAGE));
		CompletableFuture<Map<String, Object>> result = callForJson(this.transport);
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(2));
		assertThat(failureOf(result)).isInstanceOfSatisfying(ServiceUnavailableException.class, (ex) -> {
			assertThat(ex).hasMessage("GET " + PATH + " failed after 3 attempts and 3 s of waiting: HTTP 200 with an "
					+ "HTML page instead of the API's answer. The Cisco service is unavailable or did not answer in "
					+ "time (maintenance or overload); try again later. Response: <html><body><h1>Down for "
					+ "maintenance</h1></body></html>");
			assertThat(ex.getStatusCode()).isEqualTo(200);
			assertThat(ex.getCall().bodyExcerpt()).contains("Down for maintenance");
		});
		server.verify(3, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void bodyCutOffOnEveryAttemptSurfacesAsServiceUnavailableWithTheIoCause() throws Exception {
		server.stubFor(get(PATH).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
		TestTransport once = transport(RetryOptions.disabled());
		assertThat(failureOf(callForJson(once))).isInstanceOfSatisfying(ServiceUnavailableException.class, (ex) -> {
			assertThat(ex).hasMessageStartingWith("GET " + PATH + " failed after 1 attempt and 0 s of waiting: HTTP 200 "
					+ "with a body cut off (PrematureCloseException: ")
				.hasRootCauseInstanceOf(PrematureCloseException.class);
			assertThat(ex.getStatusCode()).isEqualTo(200);
		});
	}

	@Test
	void xmlAndTextBodiesArePassedOnUnchecked() throws Exception {
		String truncatedXml = "<EOXRecord><EOLProductID>CISCO1811W";
		server.stubFor(get(PATH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
			.withBody(truncatedXml)));
		assertThat(RetryFilterTests.call(this.transport, PATH).get(10, TimeUnit.SECONDS)).isEqualTo(truncatedXml);
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void noContentIsNotAnEmptyBody() throws Exception {
		server.stubFor(get(PATH).willReturn(aResponse().withStatus(204)));
		CompletableFuture<Integer> status = this.transport.client.get()
			.uri(PATH)
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
			.toFuture();
		assertThat(status.get(10, TimeUnit.SECONDS)).isEqualTo(204);
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void bodyOverTheInMemoryLimitFailsAtOnceNamingTheLimit() {
		// TestTransport sets the codecs' limit to 256 KB.
		server.stubFor(get(PATH).willReturn(okJson("[\"" + "x".repeat(300 * 1024) + "\"]")));
		assertThat(failureOf(callForJson(this.transport))).isInstanceOfSatisfying(CiscoSupportApiException.class,
				(ex) -> {
					assertThat(ex).hasMessageContaining("a body larger than the codecs' maxInMemorySize")
						.hasMessageContaining("max-response-size");
					assertThat(ex.getStatusCode()).isEqualTo(200);
				});
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
		assertThat(this.transport.events.retries).isEmpty();
	}

	@Test
	void theCheckedBodyIsHandedOnWithoutACopyAndReadOnceLikeAnyResponseBody() throws Exception {
		server.stubFor(get(PATH).willReturn(okJson(ANSWER)));
		CompletableFuture<String> once = this.transport.client.get()
			.uri(PATH)
			.exchangeToMono((response) -> response.bodyToMono(String.class)
				.flatMap((first) -> response.bodyToMono(String.class)
					.onErrorResume(IllegalStateException.class, (ex) -> Mono.just(" second read: " + ex.getMessage()))
					.map((second) -> first + second)))
			.toFuture();
		assertThat(once.get(10, TimeUnit.SECONDS))
			.isEqualTo(ANSWER + " second read: The response body has already been read");
	}

	private void assertRetriedOnceThenRead(ResponseDefinitionBuilder unusable) throws Exception {
		replies(server, PATH, unusable, okJson(ANSWER));
		CompletableFuture<Map<String, Object>> result = callForJson(this.transport);
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		assertThat(result.get(10, TimeUnit.SECONDS)).containsKey("EOXRecord");
		server.verify(2, getRequestedFor(urlEqualTo(PATH)));
		assertThat(this.transport.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.delay()).isEqualTo(Duration.ofSeconds(1)));
	}

	/** An answer above the size up to which JSON is skimmed whole: 400 records, about 100 KB. */
	private static String largeJson() {
		String record = "{\"EOLProductID\":\"CISCO1811W-AG-A/K9\",\"ProductIDDescription\":\"" + "x".repeat(200) + "\"}";
		return "{\"EOXRecord\":[" + String.join(",", java.util.Collections.nCopies(400, record)) + "]}";
	}

	private static CompletableFuture<Map<String, Object>> callForJson(TestTransport transport) {
		return transport.client.get()
			.uri(PATH)
			.retrieve()
			.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.toFuture();
	}

	private static TestTransport transport(RetryOptions retry) {
		return new TestTransport(server.baseUrl(), retry, RateLimitOptions.disabled());
	}

}
