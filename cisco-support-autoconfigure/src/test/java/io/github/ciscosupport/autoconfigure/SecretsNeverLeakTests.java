package io.github.ciscosupport.autoconfigure;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.restclient.CiscoSupportRestClientAutoConfiguration;
import io.github.ciscosupport.autoconfigure.restclient.CiscoSupportRestClientAutoConfigurationTests;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The client secret and the access tokens stay out of logs (DEBUG included, with request details
 * logging switched on for the application), exception messages and {@code toString()}.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLeakTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS)
		.withConfiguration(AutoConfigurations.of(CodecsAutoConfiguration.class))
		.withPropertyValues(FakeCisco.properties(cisco))
		.withPropertyValues("spring.codec.log-request-details=true", "cisco.support.proxy.password=Proxy-Pa55");

	private Level rootLevel;

	@BeforeEach
	void debugEverything() {
		FakeCisco.stub(cisco);
		Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
		this.rootLevel = root.getLevel();
		root.setLevel(Level.TRACE);
	}

	@AfterEach
	void restoreLogging() {
		((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).setLevel(this.rootLevel);
	}

	@Test
	void secretAndTokenAreAbsentFromDebugOutputAndToString(CapturedOutput output) {
		this.runner.run((context) -> {
			WebClient webClient = context.getBean(WebClient.class);
			webClient.get().uri(FakeCisco.EOX_PATH).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10));
			CiscoSupportAuthorization authorization = context.getBean(CiscoSupportAuthorization.class);
			String token = authorization.cachedAccessToken().orElseThrow().getTokenValue();

			assertThat(output.getAll()).as("debug output").contains(FakeCisco.EOX_PATH);
			assertThat(output.getAll()).doesNotContain(FakeCisco.CLIENT_SECRET).doesNotContain(token);
			String rendered = context.getBean(CiscoSupportProperties.class) + " "
					+ context.getBean(CiscoSupportProperties.class).getProxy() + " " + authorization + " "
					+ context.getBean(CiscoSupportHttpConnector.class) + " " + webClient;
			assertThat(rendered).doesNotContain(FakeCisco.CLIENT_SECRET).doesNotContain(token).doesNotContain("Proxy-Pa55");
		});
	}

	@Test
	void secretAndTokenAreAbsentFromTheRestClientsTraceOutput(CapturedOutput output) {
		new ApplicationContextRunner().withConfiguration(CiscoSupportRestClientAutoConfigurationTests.AUTO_CONFIGURATIONS)
			.withPropertyValues(FakeCisco.properties(cisco))
			.run((context) -> {
				RestClient restClient = context.getBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME,
						RestClient.class);
				restClient.get().uri(FakeCisco.EOX_PATH).retrieve().body(String.class);
				String token = context.getBean(CiscoSupportAuthorization.class)
					.cachedAccessToken()
					.orElseThrow()
					.getTokenValue();

				assertThat(output.getAll()).as("trace output").contains(FakeCisco.EOX_PATH);
				assertThat(output.getAll()).doesNotContain(FakeCisco.CLIENT_SECRET).doesNotContain(token);
				assertThat(restClient.toString()).doesNotContain(token);
			});
	}

	@Test
	void secretIsAbsentFromTokenFailures(CapturedOutput output) {
		cisco.stubFor(post(urlEqualTo(FakeCisco.TOKEN_PATH)).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errorCode\":\"invalid_client\",\"errorSummary\":\"Invalid value for 'client_id' parameter.\"}")));
		this.runner.run((context) -> {
			Throwable failure = failureOfACall(context.getBean(WebClient.class));

			assertThat(failure).hasMessageContaining("invalid_client");
			assertThat(stackTraceOf(failure)).doesNotContain(FakeCisco.CLIENT_SECRET);
			assertThat(output.getAll()).doesNotContain(FakeCisco.CLIENT_SECRET);
		});
	}

	@Test
	void tokenIsAbsentFromATokenResponseCutShort(CapturedOutput output) {
		String token = "eyJraWQiOiJjdXQtc2hvcnQiLCJhbGciOiJSUzI1NiJ9";
		cisco.stubFor(post(urlEqualTo(FakeCisco.TOKEN_PATH)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + token)));
		this.runner.run((context) -> {
			Throwable failure = failureOfACall(context.getBean(WebClient.class));

			assertThat(failure).hasMessageContaining("not JSON").hasMessageContaining("\"access_token\":\"******");
			assertThat(stackTraceOf(failure)).doesNotContain(token.substring(0, 12));
			assertThat(output.getAll()).doesNotContain(token.substring(0, 12));
		});
	}

	private static Throwable failureOfACall(WebClient webClient) {
		return catchThrowable(() -> webClient.get()
			.uri(FakeCisco.EOX_PATH)
			.retrieve()
			.bodyToMono(String.class)
			.block(Duration.ofSeconds(10)));
	}

	private static String stackTraceOf(Throwable failure) {
		java.io.StringWriter writer = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(writer));
		return writer.toString();
	}

}
