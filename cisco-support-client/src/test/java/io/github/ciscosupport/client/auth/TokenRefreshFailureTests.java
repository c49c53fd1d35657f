package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.MutableClock;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.retry.Backoff;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RetryOptions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.ciscosupport.client.auth.CiscoSupportAuthorizationTests.API_PATH;
import static io.github.ciscosupport.client.auth.CiscoSupportAuthorizationTests.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A refresh that fails while the current token is still valid keeps that token in use, logs one
 * WARN, and is tried again after the shared backoff rather than on every call; callers fail only
 * once the token has expired. Five-minute tokens are due for refresh 60 s before expiry.
 */
class TokenRefreshFailureTests {

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(64))
		.build();

	private final MutableClock clock = new MutableClock();

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private CiscoSupportAuthorization authorization;

	private WebClient webClient;

	@BeforeEach
	void setUp() {
		issueTokens("tok-first-0123456789");
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson("{\"EOXRecord\":[]}")));
		// One request per fetch (no waits on a scheduler) and a backoff of exactly 1 s, 2 s, 4 s
		// (no jitter); API calls go out at once and once.
		CiscoSupportClient client = CiscoSupportClient
			.builder(new CiscoSupportCredentials("my-client", "my-secret", URI.create(cisco.baseUrl() + TOKEN_PATH),
					ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(cisco.baseUrl())
			.clock(this.clock)
			.tokenRetry(new TokenRetryOptions(1, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 0),
					Duration.ofMinutes(1), 0, Duration.ZERO))
			.retry(RetryOptions.disabled())
			.rateLimit(RateLimitOptions.disabled())
			.build();
		this.authorization = client.authorization();
		this.webClient = client.webClient();
		this.log.start();
		providerLogger().addAppender(this.log);
	}

	@AfterEach
	void stopCapturing() {
		providerLogger().detachAppender(this.log);
	}

	@Test
	void failedRefreshKeepsTheValidTokenAndIsRetriedAfterABackoff() {
		callApi();
		this.clock.advance(Duration.ofSeconds(250));
		tokenEndpointFails();

		for (int i = 0; i < 10; i++) {
			callApi();
		}

		assertThat(tokenRequests()).as("one failed refresh, not one per call").isEqualTo(2);
		assertThat(apiCallsWith("tok-first-0123456789")).isEqualTo(11);
		assertThat(warnings()).singleElement()
			.satisfies((message) -> assertThat(message).contains("Refreshing the Cisco access token failed")
				.contains("HTTP 503")
				.contains("stays in use, valid for another 50 s")
				.contains("tried again in 1 s")
				.doesNotContain("tok-first"));

		this.clock.advance(Duration.ofSeconds(1));
		callApi();
		assertThat(tokenRequests()).isEqualTo(3);
		assertThat(warnings()).hasSize(2).last().asString().contains("tried again in 2 s");

		this.clock.advance(Duration.ofSeconds(1));
		callApi();
		assertThat(tokenRequests()).as("still within the 2 s backoff").isEqualTo(3);

		issueTokens("tok-second-0123456789");
		this.clock.advance(Duration.ofSeconds(1));
		callApi();
		assertThat(tokenRequests()).isEqualTo(4);
		assertThat(apiCallsWith("tok-second-0123456789")).isEqualTo(1);
		assertThat(this.authorization.cachedAccessToken().orElseThrow().getTokenValue())
			.isEqualTo("tok-second-0123456789");
	}

	@Test
	void callersFailOnlyOnceTheTokenHasExpired() {
		callApi();
		this.clock.advance(Duration.ofSeconds(250));
		tokenEndpointFails();
		callApi();
		this.clock.advance(Duration.ofSeconds(49));
		callApi();

		this.clock.advance(Duration.ofSeconds(1));

		assertThatExceptionOfType(TokenEndpointException.class).isThrownBy(this::callApi)
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		assertThat(apiCallsWith("tok-first-0123456789")).isEqualTo(3);
		// Once expired, every call asks again: there is no valid token to fall back on.
		int before = tokenRequests();
		assertThatExceptionOfType(TokenEndpointException.class).isThrownBy(this::callApi);
		assertThat(tokenRequests()).isEqualTo(before + 1);
	}

	@Test
	void concurrentCallersShareOneFailedRefreshAndAllSucceed() {
		callApi();
		this.clock.advance(Duration.ofSeconds(250));
		cisco.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(503).withFixedDelay(200).withBody("down")));

		Long succeeded = Flux.range(0, 100)
			.flatMap((i) -> this.webClient.get().uri(API_PATH).retrieve().toBodilessEntity(), 100)
			.count()
			.block(Duration.ofSeconds(30));

		assertThat(succeeded).isEqualTo(100);
		assertThat(tokenRequests()).isEqualTo(2);
		assertThat(warnings()).hasSize(1);
	}

	@Test
	void aRejectedTokenIsNotKeptWhenItsRefreshFails() {
		callApi();
		tokenEndpointFails();
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).withHeader("Authorization", equalTo("Bearer tok-first-0123456789"))
			.willReturn(aResponse().withStatus(401)));

		assertThatExceptionOfType(TokenEndpointException.class).isThrownBy(this::callApi);
		assertThat(warnings()).isEmpty();
	}

	private List<String> warnings() {
		return this.log.list.stream()
			.filter((event) -> event.getLevel() == Level.WARN)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	private static Logger providerLogger() {
		return (Logger) LoggerFactory.getLogger(ClientCredentialsTokenProvider.class);
	}

	private void callApi() {
		this.webClient.get().uri(API_PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));
	}

	private static void issueTokens(String token) {
		cisco.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"token_type\":\"Bearer\",\"expires_in\":300,\"access_token\":\"" + token + "\"}")));
	}

	private static void tokenEndpointFails() {
		cisco.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(503).withBody("down")));
	}

	private static int tokenRequests() {
		return cisco.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
	}

	private static int apiCallsWith(String token) {
		return cisco.findAll(getRequestedFor(urlPathEqualTo(API_PATH)).withHeader("Authorization",
				equalTo("Bearer " + token)))
			.size();
	}

}
