package io.github.ciscosupport.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.ClientAuthentication;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;

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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The one entry point: what {@link CiscoSupportClient.Builder} puts together, over real HTTP to a
 * WireMock gateway and token endpoint.
 */
class CiscoSupportClientTests {

	private static final String TOKEN_PATH = "/oauth2/default/v1/token";

	private static final String PATH = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R";

	@RegisterExtension
	static WireMockExtension cisco = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@Test
	void typedClientsAndTheWebClientShareOneTokenAndAskForJson() {
		stubTokenAndApi();
		CiscoSupportClient client = builder().build();

		client.webClient().get().uri(PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));
		client.eox().bySerialNumbers(List.of("FHK0933224R")).collectList().block(Duration.ofSeconds(10));

		assertThat(client.eox()).isSameAs(client.eox());
		cisco.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
		String token = client.authorization().cachedAccessToken().orElseThrow().getTokenValue();
		cisco.verify(2, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + token))
			.withHeader("Accept", equalTo("application/json")));
	}

	@Test
	void aGivenRateLimiterWinsAndIsSharedByEveryClientGivenIt() throws Exception {
		stubTokenAndApi();
		VirtualClock clock = new VirtualClock();
		// One permit, then one an hour: a second call anywhere must wait for it.
		RequestRateLimiter shared = RequestRateLimiter.create(new RateLimitOptions(true, 1.0 / 3600, 1, Map.of()),
				clock);
		CiscoSupportClient first = builder().rateLimit(RateLimitOptions.disabled()).rateLimiter(shared).build();
		CiscoSupportClient second = builder().rateLimiter(shared).build();

		assertThat(first.rateLimiter()).isSameAs(shared).isSameAs(second.rateLimiter());
		first.webClient().get().uri(PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));
		CompletableFuture<ResponseEntity<Void>> waiting = second.webClient()
			.get()
			.uri(PATH)
			.retrieve()
			.toBodilessEntity()
			.toFuture();

		assertThat(clock.awaitTimer()).isCloseTo(Duration.ofHours(1), Duration.ofMinutes(1));
		assertThat(waiting).isNotDone();
		clock.advance(Duration.ofHours(2));
		assertThat(waiting.get(10, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(200);
		cisco.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
	}

	@Test
	void listenersOfEachTypeAreAllCalledInTheOrderAdded() {
		stubTokenAndApi();
		cisco.stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		cisco.stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson("{\"EOXRecord\":[]}")));
		List<String> events = Collections.synchronizedList(new ArrayList<>());
		CiscoSupportClient client = builder()
			.retry(new RetryOptions(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(10), 0))
			.tokenFetchListener(tokenListener("first", events))
			.tokenFetchListener(tokenListener("second", events))
			.transportEvents(retryListener("first", events))
			.transportEvents(retryListener("second", events))
			.lookupListener(inputListener("first", events))
			.lookupListener(inputListener("second", events))
			.build();

		client.eox().bySerialNumbers(List.of("FHK0933224R")).collectList().block(Duration.ofSeconds(10));

		assertThat(events).containsExactly("first token", "second token", "first retry", "second retry",
				"first inputs eox", "second inputs eox");
	}

	@Test
	void responsesLargerThanTheMaxResponseSizeFailTheCall() {
		stubTokenAndApi();
		cisco.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("[\"" + "x".repeat(2048) + "\"]")));
		WebClient small = builder().maxResponseSize(DataSize.ofKilobytes(1)).build().webClient();
		WebClient large = builder().maxResponseSize(DataSize.ofKilobytes(4)).build().webClient();

		assertThat(large.get().uri(PATH).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10)))
			.hasSizeGreaterThan(2048);
		assertThatExceptionOfType(CiscoSupportApiException.class)
			.isThrownBy(() -> small.get().uri(PATH).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10)))
			.withMessageContaining("maxResponseSize");
	}

	@Test
	void filtersOfTheGivenWebClientBuilderAreKeptOutsideTheTransport() {
		stubTokenAndApi();
		List<String> seen = Collections.synchronizedList(new ArrayList<>());
		WebClient.Builder own = WebClient.builder().filter((request, next) -> {
			seen.add(String.valueOf(request.headers().getFirst("Authorization")));
			return next.exchange(request);
		});
		WebClient webClient = builder().webClientBuilder(own).build().webClient();

		webClient.get().uri(PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));

		// The application's filter runs first, before the bearer token is added.
		assertThat(seen).containsExactly("null");
		cisco.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer tok-1")));
	}

	@Test
	void baseUrlMustBeAnAbsoluteHttpUrl() {
		assertThatIllegalArgumentException().isThrownBy(() -> builder().baseUrl("apix.cisco.com"))
			.withMessageContaining("apix.cisco.com");
	}

	@Test
	void toStringNamesTheGatewayAndClientButNotTheSecret() {
		CiscoSupportClient client = builder().build();

		assertThat(client).hasToString("CiscoSupportClient[baseUrl=" + cisco.baseUrl() + ", clientId=my-client, tokenUri="
				+ cisco.baseUrl() + TOKEN_PATH + "]");
		assertThat(client.toString()).doesNotContain("my-secret");
	}

	private static CiscoSupportClient.Builder builder() {
		return CiscoSupportClient
			.builder(new CiscoSupportCredentials("my-client", "my-secret", URI.create(cisco.baseUrl() + TOKEN_PATH),
					ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(cisco.baseUrl())
			.rateLimit(RateLimitOptions.disabled());
	}

	private static void stubTokenAndApi() {
		cisco.stubFor(post(TOKEN_PATH).willReturn(
				okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"tok-1\"}")));
		cisco.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"EOXRecord\":[]}")));
	}

	private static TokenFetchListener tokenListener(String name, List<String> events) {
		return new TokenFetchListener() {

			@Override
			public void tokenFetched(Duration duration) {
				events.add(name + " token");
			}

		};
	}

	private static TransportEvents retryListener(String name, List<String> events) {
		return new TransportEvents() {

			@Override
			public void onRetry(Throwable cause, int attempt, Duration delay) {
				events.add(name + " retry");
			}

		};
	}

	private static LookupListener inputListener(String name, List<String> events) {
		return new LookupListener() {

			@Override
			public void inputs(String api, int count) {
				events.add(name + " inputs " + api);
			}

		};
	}

}
