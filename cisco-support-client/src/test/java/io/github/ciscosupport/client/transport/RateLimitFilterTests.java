package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ciscosupport.client.internal.transport.ReplyKind;
import io.github.ciscosupport.client.internal.transport.TestTransport;

/**
 * The rate limit in the transport chain, over real HTTP on a virtual clock.
 */
class RateLimitFilterTests {

	private static CompletableFuture<String> call(TestTransport transport, String path) {
		return transport.call(path);
	}

	private static final String PATH = "/sn2info/v2/coverage/status/serial_numbers/FXS2130Q286";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void requestsLeaveAtTheConfiguredRate() throws Exception {
		server.stubFor(get(PATH).willReturn(ok("covered")));
		TestTransport transport = new TestTransport(server.baseUrl(), RetryOptions.disabled(),
				new RateLimitOptions(true, 5, 2, Map.of()));
		List<CompletableFuture<String>> results = IntStream.range(0, 6).mapToObj((i) -> call(transport, PATH)).toList();
		transport.clock.advance(Duration.ofSeconds(1));
		for (CompletableFuture<String> result : results) {
			assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("covered");
		}
		// 5 per second, spaced 1 % wider than 200 ms (RateLimitOptions.PACING_MARGIN).
		assertThat(transport.sentAt).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofMillis(202),
				Duration.ofMillis(404), Duration.ofMillis(606), Duration.ofMillis(808));
		assertThat(transport.events.rateLimitWaits).containsExactly(Duration.ofMillis(202), Duration.ofMillis(404),
				Duration.ofMillis(606), Duration.ofMillis(808));
		server.verify(6, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void everyRetryTakesAPermit() throws Exception {
		TestTransport.replies(server, PATH, aResponse().withStatus(503), ok("covered"));
		TestTransport transport = new TestTransport(server.baseUrl(), TestTransport.retries(3),
				new RateLimitOptions(true, 0.5, 1, Map.of()));
		CompletableFuture<String> result = call(transport, PATH);
		transport.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		// The backoff ends 1 s after the first request; the limiter allows the next one 2.02 s after
		// it (0.5 per second, spaced 1 % wider).
		transport.clock.expectWaitAndAdvance(Duration.ofMillis(1020));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("covered");
		assertThat(transport.sentAt).containsExactly(Duration.ZERO, Duration.ofMillis(2020));
		assertThat(transport.events.rateLimitWaits).containsExactly(Duration.ofMillis(1020));
	}

	@Test
	void adaptiveRateLearnsFromThrottlingRepliesOnly() throws Exception {
		RateLimitOptions adaptive = new RateLimitOptions(true, 5, 1, Map.of())
			.withAdaptive(RateLimitOptions.Adaptive.defaults());
		server.stubFor(get(PATH).willReturn(aResponse().withStatus(403)
			.withHeader(ReplyKind.ERROR_CODE_HEADER, ReplyKind.OVER_RATE)
			.withBody("<h1>Developer Over Rate</h1>")));
		TestTransport quota = new TestTransport(server.baseUrl(), RetryOptions.disabled(), adaptive);
		call(quota, PATH).handle((body, ex) -> ex).get(10, TimeUnit.SECONDS);
		// The daily quota says nothing about the rate per second.
		assertThat(quota.limiter.adaptiveState(RequestRateLimiter.DEFAULT_LANE).slowStart()).isTrue();

		server.stubFor(get(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
		TestTransport throttled = new TestTransport(server.baseUrl(), RetryOptions.disabled(), adaptive);
		call(throttled, PATH).handle((body, ex) -> ex).get(10, TimeUnit.SECONDS);
		AdaptiveRate.State state = throttled.limiter.adaptiveState(RequestRateLimiter.DEFAULT_LANE);
		assertThat(state.slowStart()).isFalse();
		// Retry-After: 2 pauses every call of the lane for 2 s.
		assertThat(state.pausedUntil()).isEqualTo(Duration.ofSeconds(2).toNanos());
		CompletableFuture<String> next = call(throttled, PATH).handle((body, ex) -> "after the pause");
		Duration wait = throttled.clock.awaitTimer();
		assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		throttled.clock.advance(wait);
		assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("after the pause");
		assertThat(throttled.sentAt).containsExactly(Duration.ZERO, wait);
	}

	@Test
	void disabledRateLimitAddsNoDelay() throws Exception {
		server.stubFor(get(PATH).willReturn(ok("covered")));
		TestTransport transport = new TestTransport(server.baseUrl(), RetryOptions.disabled(),
				RateLimitOptions.disabled());
		List<CompletableFuture<String>> results = IntStream.range(0, 20).mapToObj((i) -> call(transport, PATH)).toList();
		for (CompletableFuture<String> result : results) {
			assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("covered");
		}
		assertThat(transport.sentAt).hasSize(20).containsOnly(Duration.ZERO);
		assertThat(transport.events.rateLimitWaits).isEmpty();
	}

}
