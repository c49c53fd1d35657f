package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.VirtualClock;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Token endpoint faults are retried on a virtual clock, and re-authentication recovers from a
 * revoked token or a run of spurious {@code ERR_403_DEVELOPER_INACTIVE}.
 */
class TokenRetryTests {

	static final String TOKEN_PATH = "/oauth2/default/v1/token";

	static final String API_PATH = "/sn2info/v2/coverage/status/serial_numbers/FXS2130Q286";

	static final String TOKEN_BODY = "{\"token_type\":\"Bearer\",\"expires_in\":3600,"
			+ "\"access_token\":\"tok-{{randomValue length=16 type='ALPHANUMERIC'}}\"}";

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(64))
		.build();

	private final VirtualClock clock = new VirtualClock();

	@Test
	void transientTokenFailuresAreRetriedWithBackoff() throws Exception {
		tokenReplies(aResponse().withStatus(503).withBody("down"),
				aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), validToken());
		CompletableFuture<OAuth2AccessToken> token = authorization(TokenRetryOptions.defaults()).accessToken()
			.toFuture();

		this.clock.expectWaitAndAdvance(Duration.ofSeconds(1));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(2));

		assertThat(token.get().getTokenValue()).startsWith("tok-");
		assertThat(tokenRequests()).isEqualTo(3);
	}

	@Test
	void tokenRetriesUseTheSharedJitteredBackoff() throws Exception {
		tokenReplies(aResponse().withStatus(503).withBody("down"), aResponse().withStatus(503).withBody("down"),
				validToken());
		CompletableFuture<OAuth2AccessToken> token = authorization(TokenRetryOptions.defaults(), () -> 0.0)
			.accessToken()
			.toFuture();

		// The lowest end of ± 50 %: half of 1 s, then half of 2 s.
		this.clock.expectWaitAndAdvance(Duration.ofMillis(500));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(1));

		assertThat(token.get().getTokenValue()).startsWith("tok-");
		assertThat(tokenRequests()).isEqualTo(3);
	}

	@Test
	void transientFailuresStopAfterMaxAttempts() throws Exception {
		cisco.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(502).withBody("bad gateway")));
		CompletableFuture<OAuth2AccessToken> token = authorization(
				new TokenRetryOptions(2, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 0.5),
						Duration.ofMinutes(1), 0, Duration.ZERO))
			.accessToken()
			.toFuture();

		this.clock.expectWaitAndAdvance(Duration.ofSeconds(1));

		assertThatExceptionOfType(Exception.class).isThrownBy(token::get)
			.havingRootCause()
			.isInstanceOf(TokenEndpointException.class)
			.withMessageContaining("HTTP 502");
		assertThat(tokenRequests()).isEqualTo(2);
	}

	@Test
	void invalidClientIsNotRetriedByDefault() {
		cisco.stubFor(post(TOKEN_PATH).willReturn(invalidClient()));

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> authorization(TokenRetryOptions.defaults()).accessToken().block())
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("invalid_client"));
		assertThat(tokenRequests()).isEqualTo(1);
	}

	@Test
	void falseInvalidClientIsRetriedWhenEnabled() throws Exception {
		tokenReplies(invalidClient(), invalidClient(), validToken());
		CompletableFuture<OAuth2AccessToken> token = authorization(
				new TokenRetryOptions(3, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 0.5),
						Duration.ofMinutes(1), 2, Duration.ofSeconds(10)))
			.accessToken()
			.toFuture();

		this.clock.expectWaitAndAdvance(Duration.ofSeconds(10));
		this.clock.expectWaitAndAdvance(Duration.ofSeconds(10));

		assertThat(token.get().getTokenValue()).startsWith("tok-");
		assertThat(tokenRequests()).isEqualTo(3);
	}

	@Test
	void clientErrorsOtherThanInvalidClientAreNotRetried() {
		cisco.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"unsupported_grant_type\"}")));

		assertThatExceptionOfType(TokenEndpointException.class)
			.isThrownBy(() -> authorization(TokenRetryOptions.defaults()).accessToken().block());
		assertThat(tokenRequests()).isEqualTo(1);
	}

	@Test
	void tokenRevokedMidRunCostsExactlyOneExtraFetchAndEveryCallSucceeds() {
		tokenReplies(validToken());
		CiscoSupportClient client = client().build();
		WebClient webClient = client.webClient();
		String revoked = client.authorization().accessToken().block().getTokenValue();
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson("{\"serial_numbers\":[]}")));
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).withHeader("Authorization", equalTo("Bearer " + revoked))
			.willReturn(aResponse().withStatus(401)));

		Long succeeded = Flux.range(0, 100)
			.flatMap((i) -> webClient.get().uri(API_PATH).retrieve().toBodilessEntity(), 100)
			.count()
			.block(Duration.ofSeconds(60));

		assertThat(succeeded).isEqualTo(100);
		assertThat(tokenRequests()).isEqualTo(2);
	}

	@Test
	void runOfSpuriousDeveloperInactiveRecoversWithTheConfiguredAttempts() {
		tokenReplies(validToken());
		String scenario = "inactive";
		String state = Scenario.STARTED;
		for (int i = 1; i <= 3; i++) {
			cisco.stubFor(get(urlPathEqualTo(API_PATH)).inScenario(scenario)
				.whenScenarioStateIs(state)
				.willReturn(aResponse().withStatus(403)
					.withHeader("X-Mashery-Error-Code", "ERR_403_DEVELOPER_INACTIVE")
					.withBody("<h1>Developer Inactive</h1>"))
				.willSetStateTo("after-" + i));
			state = "after-" + i;
		}
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).inScenario(scenario)
			.whenScenarioStateIs(state)
			.willReturn(okJson("{\"serial_numbers\":[]}")));
		WebClient webClient = client().reauthenticationAttempts(3).build().webClient();

		webClient.get().uri(API_PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));

		assertThat(cisco.findAll(getRequestedFor(urlPathEqualTo(API_PATH)))).hasSize(4);
		assertThat(tokenRequests()).isEqualTo(4);
	}

	private CiscoSupportAuthorization authorization(TokenRetryOptions options) {
		// Jitter at the middle of its range: the waits are the computed backoff exactly.
		return authorization(options, () -> 0.5);
	}

	private CiscoSupportAuthorization authorization(TokenRetryOptions options, DoubleSupplier random) {
		return CiscoSupportAuthorization.builder(credentials())
			.tokenRetry(options)
			.scheduler(this.clock)
			.random(random)
			.build();
	}

	private static CiscoSupportCredentials credentials() {
		return new CiscoSupportCredentials("my-client", "my-secret", URI.create(cisco.baseUrl() + TOKEN_PATH),
				ClientAuthentication.CLIENT_SECRET_POST);
	}

	/** A client whose calls go out at once and once, so that only re-authentication repeats them. */
	private static CiscoSupportClient.Builder client() {
		return CiscoSupportClient.builder(credentials())
			.baseUrl(cisco.baseUrl())
			.retry(RetryOptions.disabled())
			.rateLimit(RateLimitOptions.disabled());
	}

	private static void tokenReplies(ResponseDefinitionBuilder... replies) {
		String state = Scenario.STARTED;
		for (int i = 0; i < replies.length; i++) {
			String next = (i == replies.length - 1) ? state : "reply-" + (i + 1);
			cisco.stubFor(post(TOKEN_PATH).inScenario("token")
				.whenScenarioStateIs(state)
				.willReturn(replies[i])
				.willSetStateTo(next));
			state = next;
		}
	}

	private static ResponseDefinitionBuilder validToken() {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withTransformers("response-template")
			.withBody(TOKEN_BODY);
	}

	private static ResponseDefinitionBuilder invalidClient() {
		return aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errorCode\":\"invalid_client\",\"errorSummary\":\"Invalid value for 'client_id' parameter.\"}");
	}

	private static int tokenRequests() {
		return cisco.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
	}

}
