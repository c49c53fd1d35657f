package io.github.ciscosupport.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.auth.TokenRetryOptions;
import io.github.ciscosupport.client.retry.Backoff;
import io.github.ciscosupport.client.transport.RetryOptions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The token call and the API calls share one connector: proxy and timeouts apply to both; and the
 * retry and token-retry properties, of one shape, reach the client.
 */
class CiscoSupportTransportTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS);

	@BeforeEach
	void stub() {
		FakeCisco.stub(cisco);
	}

	@Test
	void tokenAndApiCallsGoThroughTheConfiguredProxy() throws Exception {
		try (TunnelProxy tunnel = new TunnelProxy(cisco.getPort())) {
			// Hosts under .invalid never resolve: the calls can only succeed through the proxy.
			this.runner
				.withPropertyValues("cisco.support.client-id=" + FakeCisco.CLIENT_ID,
						"cisco.support.client-secret=" + FakeCisco.CLIENT_SECRET,
						"cisco.support.token-uri=http://id.cisco.invalid" + FakeCisco.TOKEN_PATH,
						"cisco.support.base-url=http://apix.cisco.invalid", "cisco.support.proxy.host=127.0.0.1",
						"cisco.support.proxy.port=" + tunnel.port(), "cisco.support.proxy.username=proxy-user",
						"cisco.support.proxy.password=proxy-pass")
				.run((context) -> {
					String body = context.getBean(WebClient.class)
						.get()
						.uri(FakeCisco.EOX_PATH)
						.retrieve()
						.bodyToMono(String.class)
						.block(Duration.ofSeconds(10));

					assertThat(body).contains("EOXRecord");
					assertThat(tunnel.connectRequests()).anySatisfy((head) -> assertThat(head)
						.startsWith("CONNECT id.cisco.invalid:80 ")
						.contains("proxy-authorization: Basic cHJveHktdXNlcjpwcm94eS1wYXNz"));
					assertThat(tunnel.connectRequests())
						.anySatisfy((head) -> assertThat(head).startsWith("CONNECT apix.cisco.invalid:80 "));
					cisco.verify(1, postRequestedFor(urlEqualTo(FakeCisco.TOKEN_PATH)));
					cisco.verify(1, getRequestedFor(urlEqualTo(FakeCisco.EOX_PATH)));
				});
		}
	}

	@Test
	void throttledTokenRequestHonoursTheTokenRetryBudget() {
		cisco.stubFor(post(urlEqualTo(FakeCisco.TOKEN_PATH)).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("Retry-After", "30")
			.withBody("{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit due to too many"
					+ " requests.\"}")));
		this.runner.withPropertyValues(FakeCisco.properties(cisco))
			.withPropertyValues("cisco.support.token-retry.max-total-wait=10s")
			.run((context) -> {
				WebClient webClient = context.getBean(WebClient.class);
				assertThatExceptionOfType(TokenEndpointException.class)
					.isThrownBy(() -> webClient.get().uri(FakeCisco.EOX_PATH).retrieve().toBodilessEntity().block(
							Duration.ofSeconds(10)))
					.withMessageContaining("it asks to wait 30 s (Retry-After)")
					.withMessageContaining("max-total-wait 10 s");
				assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
			});
	}

	@Test
	void retryAndTokenRetryPropertiesShareOneShape() {
		this.runner.withPropertyValues(FakeCisco.properties(cisco))
			.withPropertyValues("cisco.support.retry.max-attempts=7", "cisco.support.retry.max-total-wait=3m",
					"cisco.support.retry.backoff.initial=2s", "cisco.support.retry.backoff.max=20s",
					"cisco.support.retry.backoff.jitter=0.25", "cisco.support.token-retry.max-attempts=4",
					"cisco.support.token-retry.max-total-wait=45s", "cisco.support.token-retry.backoff.initial=500ms",
					"cisco.support.token-retry.backoff.max=5s", "cisco.support.token-retry.backoff.jitter=0",
					"cisco.support.token-retry.invalid-client-retries=2")
			.run((context) -> {
				CiscoSupportProperties properties = context.getBean(CiscoSupportProperties.class);
				assertThat(CiscoSupportTransportOptions.retry(properties.getRetry())).isEqualTo(new RetryOptions(7,
						new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(20), 0.25), Duration.ofMinutes(3)));
				assertThat(CiscoSupportTransportOptions.tokenRetry(properties.getTokenRetry()))
					.isEqualTo(new TokenRetryOptions(4, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5), 0),
							Duration.ofSeconds(45), 2, Duration.ofSeconds(10)));
			});
	}

	@Test
	void retryDefaultsMatchTheLibrary() {
		this.runner.withPropertyValues(FakeCisco.properties(cisco)).run((context) -> {
			CiscoSupportProperties properties = context.getBean(CiscoSupportProperties.class);
			assertThat(CiscoSupportTransportOptions.retry(properties.getRetry())).isEqualTo(RetryOptions.defaults());
			assertThat(CiscoSupportTransportOptions.tokenRetry(properties.getTokenRetry()))
				.isEqualTo(TokenRetryOptions.defaults());
		});
	}

	@Test
	void responseTimeoutAppliesToApiCalls() {
		cisco.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(3000).withBody("late")));
		this.runner.withPropertyValues(FakeCisco.properties(cisco))
			// One attempt, so that the test does not wait through the retries of the timeout.
			.withPropertyValues("cisco.support.response-timeout=300ms", "cisco.support.retry.max-attempts=1")
			.run((context) -> {
				WebClient webClient = context.getBean(WebClient.class);
				assertThatExceptionOfType(ServiceUnavailableException.class)
					.isThrownBy(() -> webClient.get().uri("/slow").retrieve().bodyToMono(String.class).block())
					.withRootCauseInstanceOf(ReadTimeoutException.class);
			});
	}

}
