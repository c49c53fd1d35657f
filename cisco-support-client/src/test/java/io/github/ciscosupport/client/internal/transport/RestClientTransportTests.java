package io.github.ciscosupport.client.internal.transport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ForeignOriginException;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.TestClients;
import io.github.ciscosupport.client.ThrottledException;
import io.github.ciscosupport.client.VirtualClock;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code RestClient} of a {@code CiscoSupportClient} has the {@code WebClient}'s policies:
 * over real HTTP to WireMock, with the backoff and the rate limit timed on a virtual clock while
 * the call blocks its own thread.
 */
class RestClientTransportTests {

	private static final String PATH = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R";

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static final WireMockExtension elsewhere = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final VirtualClock clock = new VirtualClock();

	private final RecordingEvents events = new RecordingEvents();

	@Test
	void throttledReplyBlocksTheCallerForRetryAfterThenSucceeds() throws Exception {
		replies(aResponse().withStatus(429).withHeader("Retry-After", "2"), ok("done"));
		CompletableFuture<String> result = call(client(TestTransport.retries(5)));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(2));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.events.throttled).containsExactly(Duration.ofSeconds(2));
		assertThat(this.events.retries).singleElement()
			.satisfies((retry) -> assertThat(retry.cause()).isInstanceOf(ThrottledException.class));
		server.verify(2, getRequestedFor(urlEqualTo(PATH)).withHeader("Authorization",
				equalTo("Bearer " + TestClients.TOKEN)));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "WebClient", "RestClient" })
	void withAnAdaptiveRateAThrottledCallWaitsForTheLimiterRatherThanABackoff(String httpClient) throws Exception {
		replies(aResponse().withStatus(403).withHeader("X-Mashery-Error-Code", "ERR_403_DEVELOPER_OVER_QPS"),
				ok("done"));
		CiscoSupportClient cisco = TestClients.builder(server.baseUrl())
			.retry(TestTransport.retries(5))
			.rateLimit(new RateLimitOptions(true, 5, 1, null).withAdaptive(RateLimitOptions.Adaptive.defaults()))
			.scheduler(this.clock)
			.transportEvents(this.events)
			.build();
		CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> "WebClient".equals(httpClient)
				? cisco.webClient().get().uri(PATH).retrieve().bodyToMono(String.class).block()
				: cisco.restClient().get().uri(PATH).retrieve().body(String.class));
		// The only wait is the limiter's pause after the refusal (the rate cut to its floor, as
		// nothing went through), not a backoff of a second on top of it.
		Duration wait = this.clock.awaitTimer();
		assertThat(this.events.retries).singleElement().satisfies((retry) -> {
			assertThat(retry.cause()).isInstanceOf(ThrottledException.class);
			assertThat(retry.delay()).isZero();
		});
		assertThat(result).isNotDone();
		this.clock.advance(wait);
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.events.rateLimitWaits).containsExactly(wait);
		server.verify(2, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void unavailableRepliesBackOffAndGiveUpWithTheWebClientsException() throws Exception {
		replies(aResponse().withStatus(503).withBody("<html>down</html>"));
		CompletableFuture<String> result = call(client(TestTransport.retries(3)));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(2));
		assertThat(failureOf(result)).isInstanceOf(ServiceUnavailableException.class)
			.hasMessageContaining("GET " + PATH + " failed after 3 attempts and 3 s of waiting: HTTP 503");
		server.verify(3, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void resetConnectionAndHtmlSuccessAreRetriedLikeTheWebClients() throws Exception {
		replies(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
				aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>"),
				okJson("{\"EOXRecord\":[]}"));
		CompletableFuture<String> result = call(client(TestTransport.retries(5)));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(2));
		assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("{\"EOXRecord\":[]}");
		assertThat(this.events.retries).hasSize(2);
	}

	@Test
	void dailyQuotaFailsAtOnce() {
		replies(aResponse().withStatus(403).withHeader("X-Mashery-Error-Code", "ERR_403_DEVELOPER_OVER_RATE"));
		RestClient client = client(TestTransport.retries(5)).restClient();
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> client.get().uri(PATH).retrieve().body(String.class));
		assertThat(this.events.quotaExhausted).hasValue(1);
		server.verify(1, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void rejectedTokenIsReplacedOnceAndTheCallRetried() {
		replies(aResponse().withStatus(401), ok("done"));
		AtomicInteger issued = new AtomicInteger();
		AtomicInteger reauthentications = new AtomicInteger();
		CiscoSupportClient cisco = TestClients.builder(server.baseUrl())
			.tokenResponseClient((request) -> Mono.fromSupplier(() -> token("token-" + issued.incrementAndGet())))
			.tokenFetchListener(new TokenFetchListener() {
				@Override
				public void reauthenticated(int status) {
					reauthentications.incrementAndGet();
				}
			})
			.build();
		assertThat(cisco.restClient().get().uri(PATH).retrieve().body(String.class)).isEqualTo("done");
		assertThat(issued).hasValue(2);
		assertThat(reauthentications).hasValue(1);
		server.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer token-1")));
		server.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer token-2")));
	}

	@Test
	void freshTokenRejectedTooIsAnAuthorizationFailure() {
		replies(aResponse().withStatus(401));
		RestClient client = client(TestTransport.retries(5)).restClient();
		assertThatExceptionOfType(CiscoSupportAuthorizationException.class)
			.isThrownBy(() -> client.get().uri(PATH).retrieve().body(String.class))
			.withMessageContaining("rejected a freshly issued access token");
		server.verify(2, getRequestedFor(urlEqualTo(PATH)));
	}

	@Test
	void tokenIsNeverSentToAnotherOrigin() {
		RestClient client = client(TestTransport.retries(5)).restClient();
		assertThatExceptionOfType(ForeignOriginException.class)
			.isThrownBy(() -> client.get().uri(elsewhere.baseUrl() + PATH).retrieve().body(String.class));
		assertThat(elsewhere.getAllServeEvents()).isEmpty();
	}

	@Test
	void redirectIsNotFollowed() {
		replies(aResponse().withStatus(302).withHeader("Location", elsewhere.baseUrl() + PATH));
		RestClient client = client(TestTransport.retries(5)).restClient();
		HttpStatusCode status = client.get().uri(PATH).exchange((request, response) -> response.getStatusCode());
		assertThat(status.value()).isEqualTo(302);
		assertThat(elsewhere.getAllServeEvents()).isEmpty();
	}

	@Test
	void apiErrorEnvelopeReachesTheCaller() {
		replies(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("{\"ErrorResponse\":{}}"));
		RestClient client = client(TestTransport.retries(5)).restClient();
		String body = client.get().uri(PATH).exchange((request, response) -> response.getStatusCode().value() + " "
				+ new String(response.getBody().readAllBytes()));
		assertThat(body).isEqualTo("400 {\"ErrorResponse\":{}}");
	}

	@Test
	void restClientAndWebClientShareOneRateLimiter() throws Exception {
		server.stubFor(get(PATH).willReturn(ok("done")));
		CiscoSupportClient cisco = TestClients.builder(server.baseUrl())
			.rateLimit(new RateLimitOptions(true, 1, 1, null))
			.scheduler(this.clock)
			.transportEvents(this.events)
			.build();
		assertThat(cisco.webClient().get().uri(PATH).retrieve().bodyToMono(String.class).block()).isEqualTo("done");
		CompletableFuture<String> blocked = call(cisco);
		Duration paced = this.clock.awaitTimer();
		assertThat(paced).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1100));
		assertThat(blocked).isNotDone();
		this.clock.advance(paced);
		assertThat(blocked.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(this.events.rateLimitWaits).containsExactly(paced);
	}

	private CiscoSupportClient client(io.github.ciscosupport.client.transport.RetryOptions retry) {
		return TestClients.builder(server.baseUrl()).retry(retry).scheduler(this.clock).transportEvents(this.events).build();
	}

	/** A blocking GET on a thread of its own, so that the test can move the virtual clock. */
	private static CompletableFuture<String> call(CiscoSupportClient cisco) {
		return CompletableFuture.supplyAsync(() -> cisco.restClient().get().uri(PATH).retrieve().body(String.class));
	}

	/** Stubs consecutive replies to a GET of the path; the last one repeats. */
	private static void replies(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... replies) {
		if (replies.length == 1) {
			server.stubFor(get(PATH).willReturn(replies[0]));
		}
		else {
			TestTransport.replies(server, PATH, replies);
		}
	}

	private static OAuth2AccessTokenResponse token(String value) {
		return OAuth2AccessTokenResponse.withToken(value)
			.tokenType(OAuth2AccessToken.TokenType.BEARER)
			.expiresIn(3600)
			.build();
	}

	private static Throwable failureOf(CompletableFuture<?> result) throws Exception {
		try {
			result.get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		throw new AssertionError("The call succeeded");
	}

}
