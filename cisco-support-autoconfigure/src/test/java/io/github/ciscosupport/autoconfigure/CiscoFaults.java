package io.github.ciscosupport.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.ciscosupport.autoconfigure.oauth2.CiscoSupportAuthorizedClientManagerAutoConfiguration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * The failures of {@link FakeCisco} that the Boot integration tests (health, metrics) provoke,
 * and the auto-configurations they start from.
 */
public final class CiscoFaults {

	/** Spring Boot's HTTP client and WebClient auto-configurations and the starter's core ones. */
	public static final AutoConfigurations CORE = AutoConfigurations.of(HttpClientAutoConfiguration.class,
			ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
			CiscoSupportAutoConfiguration.class, CiscoSupportAuthorizedClientManagerAutoConfiguration.class);

	/**
	 * Closes each test context without Reactor Netty's two-second quiet period for its event
	 * loops, which otherwise dominates the time of a context test.
	 */
	public static final String NO_QUIET_PERIOD = "spring.reactor.netty.shutdown-quiet-period=0s";

	/**
	 * Reactor Netty's default quiet period, for tests that keep several contexts open at once:
	 * closing them one after the other with no quiet period can hang on the global resources the
	 * contexts share (seen once in CI). It overrides the build's system property.
	 */
	public static final String NESTED_CONTEXTS_QUIET_PERIOD = "spring.reactor.netty.shutdown-quiet-period=2s";

	/** Answer of the gateway when the daily quota is used up. */
	public static final String OVER_RATE = "ERR_403_DEVELOPER_OVER_RATE";

	private CiscoFaults() {
	}

	/** The token endpoint refuses the credentials, as Okta does. */
	public static void invalidClient(WireMockExtension server) {
		server.stubFor(post(urlEqualTo(FakeCisco.TOKEN_PATH)).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errorCode\":\"invalid_client\",\"errorSummary\":\"Invalid value for 'client_id' parameter.\"}")));
	}

	/** Every GET of the path is refused because the daily quota is used up. */
	public static void quotaExhausted(WireMockExtension server, String path) {
		server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(403)
			.withHeader("X-Mashery-Error-Code", OVER_RATE)
			.withBody("<h1>Developer Over Rate</h1>")));
	}

	/** The first GET of the path gets the given status and headers, later ones succeed. */
	public static void failsOnce(WireMockExtension server, String path, int status, String... headerPairs) {
		var reply = aResponse().withStatus(status);
		for (int i = 0; i + 1 < headerPairs.length; i += 2) {
			reply.withHeader(headerPairs[i], headerPairs[i + 1]);
		}
		server.stubFor(get(urlEqualTo(path)).inScenario("once " + path)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(reply)
			.willSetStateTo("answered"));
		server.stubFor(get(urlEqualTo(path)).inScenario("once " + path)
			.whenScenarioStateIs("answered")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
	}

}
