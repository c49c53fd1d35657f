package io.github.ciscosupport.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.ForeignOriginException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code ciscoSupportWebClient} sends the bearer token only to the origin of
 * {@code cisco.support.base-url}: requests to other origins are refused, redirects are not
 * followed, and the other server sees nothing.
 */
class CiscoSupportTokenScopeTests {

	private static final String BUG_PATH = "/bug/v2.0/bugs/products/product_id/C9410R";

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	@RegisterExtension
	static WireMockExtension other = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS)
		.withPropertyValues(FakeCisco.properties(cisco))
		.withPropertyValues(CiscoFaults.NO_QUIET_PERIOD);

	@BeforeEach
	void stubServers() {
		FakeCisco.stub(cisco);
		other.stubFor(get(anyUrl()).willReturn(okJson("{\"bugs\":[]}")));
	}

	@Test
	void absoluteSelfLinkToAnotherOriginIsRefusedWithoutTheToken() {
		this.runner.run((context) -> {
			WebClient webClient = context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME, WebClient.class);

			assertThatExceptionOfType(ForeignOriginException.class)
				.isThrownBy(() -> call(webClient, other.baseUrl() + BUG_PATH + "?page_index=2"))
				.withMessageContaining("to http://localhost:" + other.getPort())
				.withMessageContaining("API gateway http://localhost:" + cisco.getPort())
				.withMessageContaining("cisco.support.base-url");

			assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
			assertThat(FakeCisco.tokenRequests(cisco)).isZero();
		});
	}

	@Test
	void sameHostOnAnotherPortIsRefusedAfterTheGatewayWasCalled() {
		this.runner.run((context) -> {
			WebClient webClient = context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME, WebClient.class);
			call(webClient, FakeCisco.EOX_PATH);

			assertThatExceptionOfType(ForeignOriginException.class)
				.isThrownBy(() -> call(webClient, "http://localhost:" + other.getPort() + FakeCisco.EOX_PATH));

			assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
			assertThat(FakeCisco.tokenRequests(cisco)).isOne();
		});
	}

	@Test
	void gatewayRedirectToAnotherOriginIsNotFollowed() {
		cisco.stubFor(get(BUG_PATH).willReturn(aResponse().withStatus(302).withHeader("Location", other.baseUrl() + BUG_PATH)));
		// Spring Boot follows redirects by default; the Cisco connector must not, whatever the
		// application's other clients do, or the token would leave with the redirected request.
		this.runner.withPropertyValues("spring.http.clients.redirects=follow").run((context) -> {
			WebClient webClient = context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME, WebClient.class);

			ResponseEntity<Void> response = call(webClient, BUG_PATH);

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
			assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		});
	}

	@Test
	void gatewayRedirectIsNotFollowedWithBootsDefaults() {
		cisco.stubFor(get(BUG_PATH).willReturn(aResponse().withStatus(302).withHeader("Location", other.baseUrl() + BUG_PATH)));
		this.runner.run((context) -> {
			WebClient webClient = context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME, WebClient.class);

			assertThat(call(webClient, BUG_PATH).getStatusCode()).isEqualTo(HttpStatus.FOUND);
			assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		});
	}

	private static ResponseEntity<Void> call(WebClient webClient, String uri) {
		return webClient.get().uri(uri).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));
	}

}
