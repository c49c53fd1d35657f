package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.oauth2.CiscoSupportAuthorizedClientManagerAutoConfiguration;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RequestRateLimiter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CiscoSupportAutoConfigurationTests {

	static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(HttpClientAutoConfiguration.class,
			ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
			CiscoSupportAutoConfiguration.class, CiscoSupportAuthorizedClientManagerAutoConfiguration.class);

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AUTO_CONFIGURATIONS)
		.withPropertyValues(FakeCisco.properties(cisco));

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void appWithOnlyTheStarterGetsEveryBean() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(CiscoSupportAuthorization.class)
				.hasSingleBean(CiscoSupportHttpConnector.class)
				.hasSingleBean(OAuth2AuthorizedClientManager.class)
				.hasSingleBean(ReactiveOAuth2AuthorizedClientManager.class)
				.hasBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME);
			CiscoSupportAuthorization authorization = context.getBean(CiscoSupportAuthorization.class);
			assertThat(context.getBean(OAuth2AuthorizedClientManager.class))
				.isSameAs(authorization.authorizedClientManager());
			assertThat(context.getBean(ReactiveOAuth2AuthorizedClientManager.class))
				.isSameAs(authorization.reactiveAuthorizedClientManager());
		});
	}

	@Test
	void noSpringSecurityInfrastructureBeanIsPublished() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ClientRegistrationRepository.class)
			.doesNotHaveBean(ReactiveClientRegistrationRepository.class)
			.doesNotHaveBean(OAuth2AuthorizedClientService.class)
			.doesNotHaveBean(ReactiveOAuth2AuthorizedClientService.class)
			.doesNotHaveBean(ReactiveOAuth2AccessTokenResponseClient.class));
	}

	@Test
	void webClientCallsCiscoWithTheBearerTokenInANonWebApplication() {
		this.runner.run(this::assertCallsCisco);
	}

	@Test
	void webClientCallsCiscoInAServletApplication() {
		new WebApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withPropertyValues(FakeCisco.properties(cisco))
			.run(this::assertCallsCisco);
	}

	@Test
	void webClientCallsCiscoInAReactiveApplication() {
		new ReactiveWebApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withPropertyValues(FakeCisco.properties(cisco))
			.run(this::assertCallsCisco);
	}

	@Test
	void managerBeansWorkOutsideAnyWebRequestAndShareTheWebClientsToken() {
		this.runner.run((context) -> {
			CiscoSupportAuthorization authorization = context.getBean(CiscoSupportAuthorization.class);
			String blocking = context.getBean(OAuth2AuthorizedClientManager.class)
				.authorize(authorization.authorizeRequest())
				.getAccessToken()
				.getTokenValue();
			String reactive = context.getBean(ReactiveOAuth2AuthorizedClientManager.class)
				.authorize(authorization.authorizeRequest())
				.block()
				.getAccessToken()
				.getTokenValue();
			callEox(context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME, WebClient.class));

			assertThat(reactive).isEqualTo(blocking);
			assertThat(FakeCisco.bearerHeaders(cisco)).containsExactly("Bearer " + blocking);
			assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
		});
	}

	@Test
	void tokenRequestIsAFormPostWithTheCredentials() {
		this.runner.run((context) -> {
			callEox(context.getBean(WebClient.class));
			cisco.verify(1, postRequestedFor(urlEqualTo(FakeCisco.TOKEN_PATH))
				.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
				.withHeader("Authorization", absent())
				.withFormParam("grant_type", equalTo("client_credentials"))
				.withFormParam("client_id", equalTo(FakeCisco.CLIENT_ID))
				.withFormParam("client_secret", equalTo(FakeCisco.CLIENT_SECRET)));
		});
	}

	@Test
	void clientSecretBasicSendsAnAuthorizationHeader() {
		this.runner.withPropertyValues("cisco.support.client-authentication=client-secret-basic").run((context) -> {
			callEox(context.getBean(WebClient.class));
			cisco.verify(1, postRequestedFor(urlEqualTo(FakeCisco.TOKEN_PATH))
				.withBasicAuth(new BasicCredentials(FakeCisco.CLIENT_ID, FakeCisco.CLIENT_SECRET))
				.withRequestBody(equalTo("grant_type=client_credentials")));
		});
	}

	@Test
	void webClientAsksForJson() {
		this.runner.run((context) -> {
			callEox(context.getBean(WebClient.class));
			cisco.verify(getRequestedFor(urlEqualTo(FakeCisco.EOX_PATH)).withHeader("Accept",
					equalTo("application/json")));
		});
	}

	@Test
	void tenCallsCostOneTokenRequest() {
		this.runner.run((context) -> {
			WebClient webClient = context.getBean(WebClient.class);
			for (int i = 0; i < 10; i++) {
				callEox(webClient);
			}
			assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
		});
	}

	@Test
	void applicationsOwnWebClientWinsPlainInjectionAndTheQualifierFindsOurs() {
		this.runner.withUserConfiguration(OwnWebClientConfiguration.class).run((context) -> {
			assertThat(context.getBean(WebClient.class)).isSameAs(context.getBean("ownWebClient"));
			assertThat(context.getBean(QualifiedConsumer.class).webClient)
				.isSameAs(context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME));
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnBeans() {
		this.runner.withUserConfiguration(OwnBeansConfiguration.class).run((context) -> {
			assertThat(context.getBean(CiscoSupportAuthorization.class))
				.isSameAs(context.getBean("ownAuthorization"));
			assertThat(context.getBean(CiscoSupportHttpConnector.class)).isSameAs(context.getBean("ownConnector"));
			assertThat(context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME))
				.isSameAs(context.getBean(OwnBeansConfiguration.class).webClient);
		});
	}

	@Test
	void managersStayInternalWhenTheApplicationHasItsOwnManager() {
		this.runner.withUserConfiguration(OwnManagerConfiguration.class).run((context) -> {
			assertThat(context).getBeans(OAuth2AuthorizedClientManager.class).containsOnlyKeys("ownManager");
			assertThat(context).doesNotHaveBean(ReactiveOAuth2AuthorizedClientManager.class);
			assertThat(context).hasSingleBean(CiscoSupportAuthorization.class);
			callEox(context.getBean(WebClient.class));
			assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
		});
	}

	@Test
	void webClientRetriesTransientFailuresAndMapsTheDailyQuota() {
		cisco.stubFor(get(FakeCisco.EOX_PATH)
			.inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		cisco.stubFor(get("/quota")
			.willReturn(aResponse()
				.withStatus(403)
				.withHeader("X-Mashery-Error-Code", "ERR_403_DEVELOPER_OVER_RATE")
				.withBody("<h1>Developer Over Rate</h1>")));
		this.runner.withPropertyValues("cisco.support.retry.backoff.initial=10ms").run((context) -> {
			WebClient webClient = context.getBean(WebClient.class);
			callEox(webClient);
			cisco.verify(2, getRequestedFor(urlEqualTo(FakeCisco.EOX_PATH)));
			assertThatExceptionOfType(QuotaExceededException.class)
				.isThrownBy(() -> webClient.get().uri("/quota").retrieve().toBodilessEntity().block());
			cisco.verify(1, getRequestedFor(urlEqualTo("/quota")));
		});
	}

	@Test
	void rateLimiterIsSharedAndBacksOff() {
		this.runner.run((context) -> assertThat(context)
			.hasSingleBean(RequestRateLimiter.class));
		this.runner.withBean("ownLimiter", RequestRateLimiter.class,
				() -> RequestRateLimiter.create(
						RateLimitOptions.disabled(),
						Schedulers.parallel()))
			.run((context) -> assertThat(context)
				.getBeans(RequestRateLimiter.class)
				.containsOnlyKeys("ownLimiter"));
	}

	@Test
	void rateLimiterAdaptsOnlyWhenAsked() {
		this.runner.run((context) -> assertThat(context.getBean(RequestRateLimiter.class).isAdaptive()).isFalse());
		this.runner
			.withPropertyValues("cisco.support.rate-limit.adaptive.enabled=true",
					"cisco.support.rate-limit.requests-per-second=3")
			.run((context) -> {
				RequestRateLimiter limiter = context.getBean(RequestRateLimiter.class);
				assertThat(limiter.isAdaptive()).isTrue();
				// Every API policy starts at requests-per-second.
				assertThat(limiter.currentRates()).containsExactly(Map.entry("default", 3.0), Map.entry("psirt", 3.0));
			});
	}

	@Test
	void disabledMeansNoBeans() {
		this.runner.withPropertyValues("cisco.support.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CiscoSupportAuthorization.class)
				.doesNotHaveBean(WebClient.class)
				.doesNotHaveBean(OAuth2AuthorizedClientManager.class));
	}

	private void assertCallsCisco(AssertableApplicationContext context) {
		assertCallsCisco((ApplicationContext) context);
	}

	private void assertCallsCisco(ApplicationContext context) {
		String body = callEox(context.getBean(WebClient.class));

		assertThat(body).contains("CISCO1811W-AG-A/K9");
		String token = context.getBean(CiscoSupportAuthorization.class).cachedAccessToken().orElseThrow().getTokenValue();
		assertThat(FakeCisco.bearerHeaders(cisco)).containsExactly("Bearer " + token);
	}

	private static String callEox(WebClient webClient) {
		return webClient.get().uri(FakeCisco.EOX_PATH).retrieve().bodyToMono(String.class).block(Duration.ofSeconds(10));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnWebClientConfiguration {

		@Bean
		WebClient ownWebClient() {
			return WebClient.create();
		}

		@Bean
		QualifiedConsumer qualifiedConsumer(@Qualifier("ciscoSupportWebClient") WebClient webClient) {
			return new QualifiedConsumer(webClient);
		}

	}

	record QualifiedConsumer(WebClient webClient) {
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnBeansConfiguration {

		final WebClient webClient = WebClient.create();

		@Bean
		CiscoSupportAuthorization ownAuthorization() {
			return CiscoSupportAuthorization.builder(CiscoSupportCredentials.of("other", "other-secret")).build();
		}

		@Bean
		CiscoSupportHttpConnector ownConnector() {
			return new CiscoSupportHttpConnector(new ReactorClientHttpConnector());
		}

		@Bean
		WebClient ciscoSupportWebClient() {
			return this.webClient;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnManagerConfiguration {

		@Bean
		OAuth2AuthorizedClientManager ownManager() {
			return (request) -> null;
		}

	}

}
