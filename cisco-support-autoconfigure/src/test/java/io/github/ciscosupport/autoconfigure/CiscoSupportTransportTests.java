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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The token call and the API calls share one connector: proxy and timeouts apply to both.
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
