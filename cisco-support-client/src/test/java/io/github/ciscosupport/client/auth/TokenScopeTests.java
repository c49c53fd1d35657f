package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ForeignOriginException;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.TransportEvents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
 * The bearer token goes only to the gateway's origin: requests through the Cisco filters to any
 * other origin are refused before a token is fetched, and the other server sees nothing.
 */
class TokenScopeTests {

	private static final String TOKEN_PATH = "/oauth2/default/v1/token";

	private static final String API_PATH = "/bug/v2.0/bugs/products/product_id/C9410R";

	@RegisterExtension
	static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@RegisterExtension
	static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final List<String> events = new ArrayList<>();

	private CiscoSupportClient cisco;

	private CiscoSupportAuthorization authorization;

	private WebClient webClient;

	@BeforeEach
	void setUp() {
		gateway.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withTransformers("response-template")
			.withBody("{\"token_type\":\"Bearer\",\"expires_in\":3600,"
					+ "\"access_token\":\"tok-{{randomValue length=20 type='ALPHANUMERIC'}}\"}")));
		gateway.stubFor(get(urlPathEqualTo(API_PATH)).willReturn(okJson("{\"bugs\":[]}")));
		other.stubFor(get(anyUrl()).willReturn(okJson("{\"bugs\":[]}")));
		CiscoSupportClient.Builder client = CiscoSupportClient
			.builder(new CiscoSupportCredentials("my-client", "my-secret", URI.create(gateway.baseUrl() + TOKEN_PATH),
					ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(gateway.baseUrl())
			.rateLimit(RateLimitOptions.disabled())
			.tokenFetchListener(new TokenFetchListener() {

				@Override
				public void tokenFetched(Duration duration) {
					TokenScopeTests.this.events.add("token");
				}

			})
			.transportEvents(new TransportEvents() {

				@Override
				public void onRetry(Throwable cause, int attempt, Duration delay) {
					TokenScopeTests.this.events.add("retry");
				}

			});
		// The whole transport chain with the default retries: the refusal must not be retried.
		this.cisco = client.build();
		this.authorization = this.cisco.authorization();
		this.webClient = this.cisco.webClient();
	}

	@Test
	void absoluteSelfLinkToAnotherOriginIsRefusedBeforeAnyTokenIsFetched() {
		String selfLink = other.baseUrl() + API_PATH + "?page_index=1";

		assertThatExceptionOfType(ForeignOriginException.class).isThrownBy(() -> call(selfLink)).satisfies((ex) -> {
			assertThat(ex.getRefusedOrigin()).isEqualTo("http://localhost:" + other.getPort());
			assertThat(ex.getGatewayOrigin()).isEqualTo("http://localhost:" + gateway.getPort());
			assertThat(ex.getMessage()).contains("GET " + API_PATH)
				.contains("http://localhost:" + other.getPort())
				.contains("http://localhost:" + gateway.getPort())
				.contains("cisco.support.base-url")
				.doesNotContain("page_index");
		});

		assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		assertThat(gateway.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		assertThat(this.events).isEmpty();
	}

	@Test
	void sameHostOnAnotherPortIsRefusedEvenWithACachedToken() {
		call(API_PATH);
		String token = this.authorization.cachedAccessToken().orElseThrow().getTokenValue();

		assertThatExceptionOfType(ForeignOriginException.class)
			.isThrownBy(() -> call("http://localhost:" + other.getPort() + API_PATH));

		assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		gateway.verify(1, getRequestedFor(urlPathEqualTo(API_PATH)).withHeader("Authorization", equalTo("Bearer " + token)));
		assertThat(this.events).containsExactly("token");
		assertThat(this.authorization.cachedAccessToken()).get().extracting((t) -> t.getTokenValue()).isEqualTo(token);
	}

	@Test
	void sameServerUnderAnotherHostNameIsAnotherOrigin() {
		assertThatExceptionOfType(ForeignOriginException.class)
			.isThrownBy(() -> call("http://127.0.0.1:" + gateway.getPort() + API_PATH))
			.satisfies((ex) -> assertThat(ex.getRefusedOrigin()).isEqualTo("http://127.0.0.1:" + gateway.getPort()));

		assertThat(gateway.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void gatewayHostInAnotherCaseAndWithItsPortSpelledOutGetsTheToken() {
		call("HTTP://LOCALHOST:" + gateway.getPort() + API_PATH);

		String token = this.authorization.cachedAccessToken().orElseThrow().getTokenValue();
		gateway.verify(1, getRequestedFor(urlPathEqualTo(API_PATH)).withHeader("Authorization", equalTo("Bearer " + token)));
	}

	@Test
	void reauthenticationStaysOnTheGatewayAndAForeignCallDoesNotEvictTheToken() {
		gateway.stubFor(get(urlPathEqualTo(API_PATH)).inScenario("revoked")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(401))
			.willSetStateTo("fresh"));
		gateway.stubFor(get(urlPathEqualTo(API_PATH)).inScenario("revoked")
			.whenScenarioStateIs("fresh")
			.willReturn(okJson("{\"bugs\":[]}")));
		call(API_PATH);
		String fresh = this.authorization.cachedAccessToken().orElseThrow().getTokenValue();

		assertThatExceptionOfType(ForeignOriginException.class).isThrownBy(() -> call(other.baseUrl() + API_PATH));

		assertThat(this.events).containsExactly("token", "token");
		gateway.verify(2, getRequestedFor(urlPathEqualTo(API_PATH)));
		gateway.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
		assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		assertThat(this.authorization.cachedAccessToken()).get().extracting((t) -> t.getTokenValue()).isEqualTo(fresh);
	}

	@Test
	void copyOfTheWebClientOnAnotherBaseUrlStillRefusesEveryOtherOrigin() {
		WebClient own = this.cisco.webClient().mutate().baseUrl(other.baseUrl()).build();

		assertThatExceptionOfType(ForeignOriginException.class).isThrownBy(
				() -> own.get().uri("/anything").retrieve().toBodilessEntity().block(Duration.ofSeconds(10)));
		own.get().uri(gateway.baseUrl() + API_PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));

		assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		gateway.verify(1, getRequestedFor(urlPathEqualTo(API_PATH)));
	}

	@Test
	void defaultGatewayIsApix() {
		WebClient own = CiscoSupportClient.builder(CiscoSupportCredentials.of("my-client", "my-secret"))
			.build()
			.webClient();

		assertThatExceptionOfType(ForeignOriginException.class)
			.isThrownBy(() -> own.get().uri(gateway.baseUrl() + API_PATH).retrieve().toBodilessEntity().block())
			.satisfies((ex) -> assertThat(ex.getGatewayOrigin()).isEqualTo("https://apix.cisco.com:443"));
		assertThat(gateway.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	private void call(String uri) {
		this.webClient.get().uri(URI.create(uri).isAbsolute() ? URI.create(uri) : URI.create(gateway.baseUrl() + uri))
			.retrieve()
			.toBodilessEntity()
			.block(Duration.ofSeconds(10));
	}

}
