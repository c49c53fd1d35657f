package io.github.ciscosupport.autoconfigure.restclient;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpStatusCode;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.web.client.RestClient;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.autoconfigure.FakeCisco;
import io.github.ciscosupport.autoconfigure.oauth2.CiscoSupportAuthorizedClientManagerAutoConfiguration;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ForeignOriginException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code ciscoSupportRestClient} bean: Boot's builder and HTTP library, the Cisco policies,
 * and the WebClient's injection rules.
 */
public class CiscoSupportRestClientAutoConfigurationTests {

	private static final String BUG_PATH = "/bug/v2.0/bugs/bug_ids/CSCtx00001";

	/** Boot's HTTP clients and the Cisco auto-configurations with the RestClient. */
	public static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(HttpClientAutoConfiguration.class,
			ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
			ImperativeHttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
			CiscoSupportAutoConfiguration.class, CiscoSupportAuthorizedClientManagerAutoConfiguration.class,
			CiscoSupportRestClientAutoConfiguration.class);

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	@RegisterExtension
	static WireMockExtension other = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AUTO_CONFIGURATIONS)
		.withPropertyValues(FakeCisco.properties(cisco));

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void qualifierGetsTheClientsRestClientWhichCallsCiscoWithTheToken() {
		this.runner.withBean(QualifiedConsumer.class).run((context) -> {
			RestClient restClient = context.getBean(QualifiedConsumer.class).restClient;
			assertThat(restClient).isSameAs(context.getBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME))
				.isSameAs(context.getBean(CiscoSupportClient.class).restClient());
			assertThat(restClient.get().uri(FakeCisco.EOX_PATH).retrieve().body(String.class)).contains("EOXRecord");
			assertThat(FakeCisco.bearerHeaders(cisco)).singleElement().asString().startsWith("Bearer tok-");
			cisco.verify(getRequestedFor(urlEqualTo(FakeCisco.EOX_PATH)).withHeader("Accept", equalTo("application/json")));
		});
	}

	// As for ciscoSupportWebClient: Spring Framework 7.0 matches a parameter name against bean
	// names only among default candidates.
	@Test
	void parameterNameAloneIsAPlainInjection() {
		this.runner.withBean(ByNameConsumer.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("No qualifying bean of type '" + RestClient.class.getName() + "' available"));
	}

	@Test
	void applicationsRestClientCustomizersApply() {
		this.runner.withBean(RestClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-Application", "inventory"))
			.run((context) -> {
				RestClient restClient = context.getBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME,
						RestClient.class);
				restClient.get().uri(FakeCisco.EOX_PATH).retrieve().toBodilessEntity();
				cisco.verify(getRequestedFor(urlEqualTo(FakeCisco.EOX_PATH)).withHeader("X-Application",
						equalTo("inventory")));
			});
	}

	@Test
	void callsAreObservedAsHttpClientRequests() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.runner.withConfiguration(AutoConfigurations.of(RestClientObservationAutoConfiguration.class))
			.withBean(ObservationRegistry.class, () -> registry)
			.run((context) -> {
				RestClient restClient = context.getBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME,
						RestClient.class);
				restClient.get().uri(FakeCisco.EOX_PATH).retrieve().toBodilessEntity();
				TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("http.client.requests")
					.that()
					.hasBeenStopped()
					.hasLowCardinalityKeyValue("uri", FakeCisco.EOX_PATH);
			});
	}

	@Test
	void gatewayRedirectIsNotFollowedEvenWhenBootFollowsRedirects() {
		cisco.stubFor(get(BUG_PATH).willReturn(aResponse().withStatus(302).withHeader("Location", other.baseUrl() + BUG_PATH)));
		this.runner.withPropertyValues("spring.http.clients.redirects=follow").run((context) -> {
			RestClient restClient = context.getBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME,
					RestClient.class);
			HttpStatusCode status = restClient.get().uri(BUG_PATH).exchange((request, response) -> response.getStatusCode());
			assertThat(status.value()).isEqualTo(302);
			assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		});
	}

	@Test
	void tokenIsNeverSentToAnotherOrigin() {
		this.runner.run((context) -> {
			RestClient restClient = context.getBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME,
					RestClient.class);
			assertThatExceptionOfType(ForeignOriginException.class)
				.isThrownBy(() -> restClient.get().uri(other.baseUrl() + FakeCisco.EOX_PATH).retrieve().toBodilessEntity());
			assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		});
	}

	@Test
	void worksWithoutBootsRestClientBuilder() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
					ReactiveHttpClientAutoConfiguration.class, CiscoSupportAutoConfiguration.class,
					CiscoSupportRestClientAutoConfiguration.class))
			.withPropertyValues(FakeCisco.properties(cisco))
			.withBean(QualifiedConsumer.class)
			.run((context) -> {
				RestClient restClient = context.getBean(QualifiedConsumer.class).restClient;
				assertThat(restClient.get().uri(FakeCisco.EOX_PATH).retrieve().body(String.class)).contains("EOXRecord");
			});
	}

	@Test
	void backsOffWithoutTheCiscoClient() {
		this.runner.withPropertyValues("cisco.support.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME));
	}

	@Test
	void applicationsOwnBeanOfTheNameWins() {
		RestClient own = RestClient.create();
		this.runner.withBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME, RestClient.class, () -> own)
			.run((context) -> assertThat(context.getBean(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME))
				.isSameAs(own));
	}

	static class QualifiedConsumer {

		final RestClient restClient;

		QualifiedConsumer(@Qualifier(CiscoSupportRestClientAutoConfiguration.REST_CLIENT_BEAN_NAME) RestClient restClient) {
			this.restClient = restClient;
		}

	}

	static class ByNameConsumer {

		final RestClient restClient;

		ByNameConsumer(RestClient ciscoSupportRestClient) {
			this.restClient = ciscoSupportRestClient;
		}

	}

}
