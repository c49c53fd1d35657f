package io.github.ciscosupport.client.internal.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.ThrottledException;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RetryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retries of throttled and transient failures, over real HTTP to WireMock on a virtual clock.
 */
class RetryFilterTests {

	private static final String PATH = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TestTransport transport = transport(TestTransport.retries(5));

	@Test
	void throttledReplyWaitsForRetryAfterInSeconds() throws Exception {
		replies(aResponse().withStatus(429).withHeader("Retry-After", "2"), ok("done"));
		CompletableFuture<String> result = call();
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(2));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.transport.sentAt).containsExactly(Duration.ZERO, Duration.ofSeconds(2));
		assertThat(this.transport.events.throttled).containsExactly(Duration.ofSeconds(2));
		assertThat(this.transport.events.retries).singleElement().satisfies((retry) -> {
			assertThat(retry.attempt()).isEqualTo(1);
			assertThat(retry.cause()).isInstanceOf(ThrottledException.class).hasMessageContaining("HTTP 429");
		});
	}

	@Test
	void throttledReplyWaitsForRetryAfterAsHttpDateMeasuredFromTheReplyDate() throws Exception {
		Instant date = Instant.parse("2026-03-02T10:15:30Z");
		replies(aResponse().withStatus(429).withHeader("Date", httpDate(date))
			.withHeader("Retry-After", httpDate(date.plusSeconds(3))), ok("done"));
		CompletableFuture<String> result = call();
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(3));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.transport.sentAt).containsExactly(Duration.ZERO, Duration.ofSeconds(3));
	}

	@Test
	void throttledReplyWithoutDateMeasuresRetryAfterFromTheClock() throws Exception {
		Instant now = Instant.parse("2026-03-02T10:15:30Z");
		this.transport.clock.advanceTo(now);
		replies(aResponse().withStatus(429).withHeader("Retry-After", httpDate(now.plusSeconds(5))), ok("done"));
		CompletableFuture<String> result = call();
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(5));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.transport.sentAt.get(1).minus(this.transport.sentAt.get(0))).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void overQpsReplyBacksOffExponentially() throws Exception {
		ResponseDefinitionBuilder overQps = aResponse().withStatus(403)
			.withHeader("X-Mashery-Error-Code", "ERR_403_DEVELOPER_OVER_QPS")
			.withBody("<h1>Developer Over Qps</h1>");
		replies(overQps, overQps, overQps, ok("done"));
		CompletableFuture<String> result = call();
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(2));
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(4));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.transport.sentAt).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(3),
				Duration.ofSeconds(7));
		assertThat(this.transport.events.throttled).hasSize(3);
	}

	@Test
	void backoffIsSpreadByJitter() throws Exception {
		TestTransport jittered = transport(new RetryOptions(5, Duration.ofSeconds(4), Duration.ofSeconds(30),
				Duration.ofMinutes(1), 0.5));
		replies(aResponse().withStatus(503), ok("done"));
		CompletableFuture<String> result = call(jittered);
		Duration wait = jittered.clock.awaitTimer();
		assertThat(wait).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
		jittered.clock.advance(wait);
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
	}

	@ParameterizedTest
	@ValueSource(ints = { 502, 503, 504 })
	void unavailableReplyIsRetried(int status) throws Exception {
		replies(aResponse().withStatus(status).withBody("<html>Service Unavailable</html>"), ok("done"));
		CompletableFuture<String> result = call();
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.transport.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).isInstanceOf(ServiceUnavailableException.class));
		assertThat(this.transport.events.throttled).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 404, 500 })
	void clientErrorsAndOtherServerErrorsAreNotRetried(int status) {
		server.stubFor(get(PATH).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", MediaType.APPLICATION_JSON_VALUE)
			.withBody("{\"ErrorResponse\":{}}")));
		assertThat(failureOf(call())).isInstanceOf(WebClientResponseException.class);
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
		assertThat(this.transport.events.retries).isEmpty();
	}

	@Test
	void resetConnectionIsRetried() throws Exception {
		replies(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), ok("done"));
		CompletableFuture<String> result = call();
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.transport.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).hasRootCauseInstanceOf(java.io.IOException.class));
	}

	@Test
	void resetConnectionSurfacesAsServiceUnavailableWithoutRetries() {
		TestTransport once = transport(RetryOptions.disabled());
		server.stubFor(get(PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThat(failureOf(call(once))).isInstanceOfSatisfying(ServiceUnavailableException.class, (ex) -> {
			assertThat(ex).hasMessageStartingWith("GET " + PATH + " failed after 1 attempt and 0 s of waiting: no response (");
			assertThat(ex.getStatusCode()).isZero();
		});
		assertThat(once.sentAt).hasSize(1);
	}

	@Test
	void responseTimeoutIsRetried() throws Exception {
		// The response timeout is the connector's (real time, kept short); the retry wait is virtual.
		TestTransport timingOut = new TestTransport(server.baseUrl(), TestTransport.retries(3),
				RateLimitOptions.disabled(), HttpClient.create().responseTimeout(Duration.ofMillis(300)));
		replies(ok("late").withFixedDelay(2_000), ok("done"));
		CompletableFuture<String> result = call(timingOut);
		timingOut.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(timingOut.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).hasRootCauseInstanceOf(
					io.netty.handler.timeout.ReadTimeoutException.class));
	}

	@Test
	void givesUpAfterMaxAttempts() throws Exception {
		server.stubFor(get(PATH).willReturn(aResponse().withStatus(503).withBody("<h1>Down for maintenance</h1>")));
		TestTransport limited = transport(TestTransport.retries(3));
		CompletableFuture<String> result = call(limited);
		limited.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		limited.clock.expectWaitAndAdvance(Duration.ofSeconds(2));
		assertThat(failureOf(result)).isInstanceOf(ServiceUnavailableException.class)
			.hasMessage("GET " + PATH + " failed after 3 attempts and 3 s of waiting: HTTP 503. The Cisco service is "
					+ "unavailable or did not answer in time (maintenance or overload); try again later. "
					+ "Response: <h1>Down for maintenance</h1>");
		server.verify(3, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void givesUpWhenTheNextWaitWouldExceedTheMaxTotalWait() throws Exception {
		server.stubFor(get(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));
		TestTransport limited = transport(TestTransport.retries(10, Duration.ofSeconds(60)));
		CompletableFuture<String> result = call(limited);
		limited.clock.expectWaitAndAdvance(Duration.ofSeconds(30));
		limited.clock.expectWaitAndAdvance(Duration.ofSeconds(30));
		assertThat(failureOf(result)).isInstanceOf(ThrottledException.class)
			.hasMessageStartingWith("GET " + PATH + " failed after 3 attempts and 60 s of waiting (waiting 30 s more, "
					+ "as Retry-After asks, would exceed the maximum total wait of 60 s): HTTP 429.");
		server.verify(3, getRequestedFor(urlEqualTo(PATH)));
		assertThat(limited.clock.elapsed()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void postBodyIsSentAgainOnRetry() throws Exception {
		String path = "/software/v4.0/metadata/pidrelease";
		String body = "{\"pid\":\"ASR-903\",\"currentReleaseVersion\":\"16.12.1\"}";
		server.stubFor(post(path).inScenario("post").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("second"));
		server.stubFor(post(path).inScenario("post").whenScenarioStateIs("second")
			.withRequestBody(equalTo(body))
			.willReturn(ok("metadata")));
		CompletableFuture<String> result = this.transport.client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(String.class)
			.toFuture();
		this.transport.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("metadata");
		server.verify(2, postRequestedFor(urlEqualTo(path)).withRequestBody(equalTo(body)));
	}

	private static TestTransport transport(RetryOptions retry) {
		return new TestTransport(server.baseUrl(), retry, RateLimitOptions.disabled());
	}

	private CompletableFuture<String> call() {
		return call(this.transport);
	}

	private static CompletableFuture<String> call(TestTransport transport) {
		return call(transport, PATH);
	}

	static CompletableFuture<String> call(TestTransport transport, String path) {
		return transport.call(path);
	}

	/** The exception a call failed with, waiting in real time for its I/O. */
	static Throwable failureOf(CompletableFuture<?> result) {
		try {
			result.get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new AssertionError("The call did not fail", ex);
		}
		throw new AssertionError("The call succeeded");
	}

	/** Stubs consecutive replies to {@link #PATH}; the last one repeats. */
	private static void replies(ResponseDefinitionBuilder... replies) {
		replies(server, PATH, replies);
	}

	static void replies(WireMockExtension server, String path, ResponseDefinitionBuilder... replies) {
		TestTransport.replies(server, path, replies);
	}

	private static String httpDate(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

}
