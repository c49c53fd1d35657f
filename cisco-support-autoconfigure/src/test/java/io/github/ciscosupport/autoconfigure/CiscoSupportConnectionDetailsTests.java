package io.github.ciscosupport.autoconfigure;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CiscoSupportConnectionDetails}: from the properties by default, replaced by a bean of the
 * application's (as the simulator's test support publishes), and checked either way.
 */
class CiscoSupportConnectionDetailsTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	@RegisterExtension
	static WireMockExtension otherCisco = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS);

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
		FakeCisco.stub(otherCisco);
	}

	@Test
	void comeFromThePropertiesByDefault() {
		this.runner.withPropertyValues(FakeCisco.properties(cisco)).run((context) -> {
			CiscoSupportConnectionDetails details = context.getBean(CiscoSupportConnectionDetails.class);
			assertThat(details).isInstanceOf(PropertiesCiscoSupportConnectionDetails.class);
			assertThat(details.getBaseUrl()).isEqualTo(cisco.baseUrl());
			assertThat(details.getClientId()).isEqualTo(FakeCisco.CLIENT_ID);
			assertThat(details.toString()).doesNotContain(FakeCisco.CLIENT_SECRET);
		});
	}

	@Test
	void aBeanOfTheApplicationReplacesThePropertiesWithoutAnyCiscoProperty() {
		this.runner.withUserConfiguration(OtherCiscoConnection.class).run((context) -> {
			assertThat(context).hasNotFailed().getBeans(CiscoSupportConnectionDetails.class).hasSize(1);
			String body = context.getBean("ciscoSupportWebClient", WebClient.class)
				.get()
				.uri(FakeCisco.EOX_PATH)
				.retrieve()
				.bodyToMono(String.class)
				.block(Duration.ofSeconds(10));

			assertThat(body).contains("CISCO1811W-AG-A/K9");
			assertThat(FakeCisco.tokenRequests(otherCisco)).isOne();
			assertThat(FakeCisco.tokenRequests(cisco)).isZero();
			assertThat(context.getBean(CiscoSupportAuthorization.class).tokenUri())
				.isEqualTo(otherCisco.baseUrl() + FakeCisco.TOKEN_PATH);
		});
	}

	@Test
	void aBeanWinsOverTheProperties() {
		this.runner.withPropertyValues(FakeCisco.properties(cisco))
			.withUserConfiguration(OtherCiscoConnection.class)
			.run((context) -> {
				callThroughQualifiedWebClient(context.getBean(QualifiedCaller.class));
				assertThat(FakeCisco.tokenRequests(otherCisco)).isOne();
				assertThat(FakeCisco.tokenRequests(cisco)).isZero();
			});
	}

	@Test
	void incompleteDetailsOfABeanFailNamingTheBean() {
		this.runner.withBean(CiscoSupportConnectionDetails.class, () -> new CiscoSupportConnectionDetails() {

			@Override
			public String getClientId() {
				return "";
			}

			@Override
			public String getClientSecret() {
				return "";
			}

		}).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidCiscoSupportPropertiesException.class)
				.hasMessageContaining("CiscoSupportConnectionDetails (")
				.hasMessageContaining("clientId is not set")
				.hasMessageContaining("clientSecret is not set")
				.hasMessageNotContaining("cisco.support.client-id");
		});
	}

	private static void callThroughQualifiedWebClient(QualifiedCaller caller) {
		assertThat(caller.call()).contains("CISCO1811W-AG-A/K9");
	}

	@Configuration(proxyBeanMethods = false)
	static class OtherCiscoConnection {

		@Bean
		CiscoSupportConnectionDetails otherCiscoConnectionDetails() {
			return new CiscoSupportConnectionDetails() {

				@Override
				public String getBaseUrl() {
					return otherCisco.baseUrl();
				}

				@Override
				public String getTokenUri() {
					return otherCisco.baseUrl() + FakeCisco.TOKEN_PATH;
				}

				@Override
				public String getClientId() {
					return FakeCisco.CLIENT_ID;
				}

				@Override
				public String getClientSecret() {
					return FakeCisco.CLIENT_SECRET;
				}

			};
		}

		@Bean
		QualifiedCaller qualifiedCaller(@Qualifier("ciscoSupportWebClient") WebClient webClient) {
			return new QualifiedCaller(webClient);
		}

	}

	record QualifiedCaller(WebClient webClient) {

		String call() {
			return this.webClient.get()
				.uri(FakeCisco.EOX_PATH)
				.retrieve()
				.bodyToMono(String.class)
				.block(Duration.ofSeconds(10));
		}

	}

}
