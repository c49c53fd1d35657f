package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.MutableClock;
import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.TokenEndpointException;
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

class CiscoSupportAuthorizationTests {

	static final String TOKEN_PATH = "/oauth2/default/v1/token";

	static final String API_PATH = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R";

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().containerThreads(64))
		.build();

	private final MutableClock clock = new MutableClock();

	private CiscoSupportAuthorization authorization;

	private WebClient webClient;

	@BeforeEach
	void setUp() {
		stubTokens(3600, 0);
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson("{\"EOXRecord\":[]}")));
		// Calls go out at once and once: what is measured is the token handling alone.
		CiscoSupportClient client = CiscoSupportClient
			.builder(new CiscoSupportCredentials("my-client", "my-secret", URI.create(cisco.baseUrl() + TOKEN_PATH),
					ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(cisco.baseUrl())
			.clock(this.clock)
			.retry(RetryOptions.disabled())
			.rateLimit(RateLimitOptions.disabled())
			.build();
		this.authorization = client.authorization();
		this.webClient = client.webClient();
	}

	@Test
	void apiCallsCarryTheBearerToken() {
		callApi();

		String token = this.authorization.cachedAccessToken().orElseThrow().getTokenValue();
		cisco.verify(getRequestedFor(urlPathEqualTo(API_PATH)).withHeader("Authorization", equalTo("Bearer " + token)));
	}

	@Test
	void tenSequentialCallsCostOneTokenRequest() {
		for (int i = 0; i < 10; i++) {
			callApi();
		}

		assertThat(tokenRequests()).isEqualTo(1);
		assertThat(bearerTokensSeen()).hasSize(1);
	}

	@Test
	void shortLivedTokenIsReplacedWhenLessThanTheSkewRemains() {
		useTokenLifetime(300);
		callApi();
		this.clock.advance(Duration.ofSeconds(300 - 61));
		callApi();
		assertThat(tokenRequests()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(2));
		callApi();

		assertThat(tokenRequests()).isEqualTo(2);
		assertThat(bearerTokensSeen()).hasSize(2);
	}

	@Test
	void hourLongTokenIsReplacedWhenLessThanTenPercentOfItsLifetimeRemains() {
		callApi();
		this.clock.advance(Duration.ofSeconds(3600 - 361));
		callApi();
		assertThat(tokenRequests()).isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(2));
		callApi();

		assertThat(tokenRequests()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0} s tokens, a call every {1} for {2}")
	@CsvSource({ "5, PT0.1S, PT50S, 500", "60, PT1S, PT10M, 600" })
	void shortLivedTokensAreFetchedAboutOncePerLifetimeNotOnEveryCall(int lifetime, Duration step, Duration period,
			int expectedCalls) {
		// The 60 s skew is as long as the whole lifetime or longer: it counts for a fifth of it at most.
		useTokenLifetime(lifetime);

		int calls = callEvery(step, period);

		// Ten lifetimes: each token used for 80 % of its lifetime (4 s of 5, 48 s of 60), so 13 tokens
		// (at 0, 4, 8 … 48 s, or 0, 48 … 576 s), not one per call.
		assertThat(calls).isEqualTo(expectedCalls);
		assertThat(tokenRequests()).isEqualTo(13);
		assertThat(bearerTokensSeen()).hasSize(13);
	}

	@Test
	void concurrentFirstCallsShareOneTokenRequest() {
		cisco.resetAll();
		stubTokens(3600, 300);
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson("{}")));

		Flux.range(0, 256)
			.flatMap((i) -> this.webClient.get().uri(API_PATH).retrieve().toBodilessEntity(), 256)
			.blockLast(Duration.ofSeconds(60));

		assertThat(tokenRequests()).isEqualTo(1);
		assertThat(bearerTokensSeen()).hasSize(1);
	}

	@Test
	void blockingAndReactiveManagersShareOneCache() {
		OAuth2AuthorizedClient blocking = this.authorization.authorizedClientManager()
			.authorize(this.authorization.authorizeRequest());
		OAuth2AuthorizedClient reactive = this.authorization.reactiveAuthorizedClientManager()
			.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(CiscoSupportAuthorization.REGISTRATION_ID)
				.principal(CiscoSupportAuthorization.PRINCIPAL_NAME)
				.build())
			.block();

		assertThat(reactive.getAccessToken().getTokenValue()).isEqualTo(blocking.getAccessToken().getTokenValue());
		assertThat(tokenRequests()).isEqualTo(1);
	}

	@Test
	void unauthorizedResponseEvictsTheTokenAndRetriesOnce() {
		callApi();
		String first = this.authorization.cachedAccessToken().orElseThrow().getTokenValue();
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).withHeader("Authorization", equalTo("Bearer " + first))
			.willReturn(aResponse().withStatus(401)));

		callApi();

		assertThat(tokenRequests()).isEqualTo(2);
		assertThat(this.authorization.cachedAccessToken().orElseThrow().getTokenValue()).isNotEqualTo(first);
		assertThat(apiRequests()).isEqualTo(3);
	}

	@Test
	void spuriousDeveloperInactiveIsClearedWithAFreshToken() {
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).inScenario("inactive")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(403)
				.withHeader("X-Mashery-Error-Code", "ERR_403_DEVELOPER_INACTIVE")
				.withBody("<h1>Developer Inactive</h1>"))
			.willSetStateTo("active"));
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).inScenario("inactive")
			.whenScenarioStateIs("active")
			.willReturn(okJson("{}")));

		callApi();

		assertThat(tokenRequests()).isEqualTo(2);
		assertThat(bearerTokensSeen()).hasSize(2);
	}

	@Test
	void secondRejectionSaysWhatToCheck() {
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(aResponse().withStatus(403)
			.withHeader("X-Mashery-Error-Code", "ERR_403_DEVELOPER_INACTIVE")
			.withBody("<h1>Developer Inactive</h1>")));

		assertThatExceptionOfType(CiscoSupportAuthorizationException.class).isThrownBy(this::callApi)
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(403);
				assertThat(ex.getErrorCode()).isEqualTo("ERR_403_DEVELOPER_INACTIVE");
				assertThat(ex.getMessage()).contains("Cisco API Console").contains("enabled");
			});
		assertThat(apiRequests()).isEqualTo(2);
	}

	@Test
	void revokedCredentialsSurfaceAfterOneRetry() {
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(aResponse().withStatus(401)));

		assertThatExceptionOfType(CiscoSupportAuthorizationException.class).isThrownBy(this::callApi)
			.withMessageContaining("revoked");
		assertThat(apiRequests()).isEqualTo(2);
		assertThat(tokenRequests()).isEqualTo(2);
	}

	@Test
	void evictForcesANewTokenOnTheNextCall() {
		callApi();
		this.authorization.evict();
		assertThat(this.authorization.cachedAccessToken()).isEmpty();

		callApi();

		assertThat(tokenRequests()).isEqualTo(2);
	}

	@Test
	void aFetchRightAfterAFailedOneAsksTheTokenEndpointAgain() {
		// The single-flight entry of a finished fetch must be gone before its caller sees the
		// result, or a caller that follows at once is handed the old failure (or token).
		cisco.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_client\"}")));
		for (int i = 1; i <= 20; i++) {
			assertThatExceptionOfType(TokenEndpointException.class)
				.isThrownBy(() -> this.authorization.accessToken().block(Duration.ofSeconds(10)));
			assertThat(tokenRequests()).isEqualTo(i);
		}
	}

	@Test
	void toStringDoesNotRevealTheSecretOrTheToken() {
		callApi();
		String token = this.authorization.cachedAccessToken().orElseThrow().getTokenValue();

		assertThat(this.authorization.toString()).contains("my-client").doesNotContain("my-secret").doesNotContain(token);
		assertThat(new CiscoSupportCredentials("id", "my-secret", URI.create("https://x"),
				ClientAuthentication.CLIENT_SECRET_POST)
			.toString()).doesNotContain("my-secret");
	}

	private void useTokenLifetime(int seconds) {
		cisco.resetAll();
		stubTokens(seconds, 0);
		cisco.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson("{}")));
	}

	/** Calls the API at every step of the clock for the given time; returns the number of calls. */
	private int callEvery(Duration step, Duration period) {
		int calls = 0;
		for (Duration elapsed = Duration.ZERO; elapsed.compareTo(period) < 0; elapsed = elapsed.plus(step)) {
			callApi();
			calls++;
			this.clock.advance(step);
		}
		return calls;
	}

	private void callApi() {
		this.webClient.get().uri(API_PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));
	}

	private static void stubTokens(int expiresIn, int delayMillis) {
		cisco.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withFixedDelay(delayMillis)
			.withTransformers("response-template")
			.withBody("{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
					+ ",\"access_token\":\"tok-{{randomValue length=16 type='ALPHANUMERIC'}}\",\"scope\":\"customscope\"}")));
	}

	private static int tokenRequests() {
		return cisco.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).size();
	}

	private static int apiRequests() {
		return cisco.findAll(getRequestedFor(urlPathEqualTo(API_PATH))).size();
	}

	private static Set<String> bearerTokensSeen() {
		List<LoggedRequest> requests = cisco.findAll(getRequestedFor(urlPathEqualTo(API_PATH)));
		return requests.stream().map((request) -> request.getHeader("Authorization")).collect(Collectors.toSet());
	}

}
