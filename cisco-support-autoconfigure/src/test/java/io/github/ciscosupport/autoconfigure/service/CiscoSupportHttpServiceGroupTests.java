package io.github.ciscosupport.autoconfigure.service;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.service.HttpServiceClientPropertiesAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.service.HttpServiceClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.service.ReactiveHttpServiceClientAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.registry.HttpServiceGroup;
import org.springframework.web.service.registry.ImportHttpServices;

import io.github.ciscosupport.autoconfigure.FakeCisco;
import io.github.ciscosupport.autoconfigure.restclient.CiscoSupportRestClientAutoConfigurationTests;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application's own {@code @HttpExchange} interface in the HTTP service group
 * {@code cisco-support} calls Cisco through the Cisco client, as a {@code RestClient} group and as
 * a {@code WebClient} group in a reactive application.
 */
class CiscoSupportHttpServiceGroupTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	@RegisterExtension
	static WireMockExtension other = FakeCisco.extension();

	private static final AutoConfigurations SERVICE_GROUPS = AutoConfigurations.of(
			HttpServiceClientPropertiesAutoConfiguration.class, HttpServiceClientAutoConfiguration.class,
			ReactiveHttpServiceClientAutoConfiguration.class, CiscoSupportHttpServiceGroupAutoConfiguration.class);

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void restClientGroupCallsCiscoWithTheTokenAndTheGroupsHeaders() {
		new ApplicationContextRunner().withConfiguration(CiscoSupportRestClientAutoConfigurationTests.AUTO_CONFIGURATIONS)
			.withConfiguration(SERVICE_GROUPS)
			.withUserConfiguration(BlockingServices.class)
			.withPropertyValues(FakeCisco.properties(cisco))
			.withPropertyValues("spring.http.serviceclient.cisco-support.default-header.X-Team=network",
					// cisco.support.base-url wins: the token goes to the Cisco gateway only.
					"spring.http.serviceclient.cisco-support.base-url=" + other.baseUrl())
			.run((context) -> {
				String body = context.getBean(EoxHttp.class).bySerialNumber("FHK0933224R");
				assertThat(body).contains("CISCO1811W-AG-A/K9");
				cisco.verify(getRequestedFor(urlEqualTo(FakeCisco.EOX_PATH)).withHeader("X-Team", equalTo("network")));
				assertThat(FakeCisco.bearerHeaders(cisco)).singleElement().asString().startsWith("Bearer tok-");
				assertThat(other.findAll(anyRequestedFor(anyUrl()))).isEmpty();
			});
	}

	@Test
	void webClientGroupInAReactiveAppCallsCiscoWithTheToken() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(CiscoSupportRestClientAutoConfigurationTests.AUTO_CONFIGURATIONS)
			.withConfiguration(SERVICE_GROUPS)
			.withUserConfiguration(ReactiveServices.class)
			.withPropertyValues(FakeCisco.properties(cisco))
			.run((context) -> {
				String body = context.getBean(ReactiveEoxHttp.class)
					.bySerialNumber("FHK0933224R")
					.block(Duration.ofSeconds(10));
				assertThat(body).contains("CISCO1811W-AG-A/K9");
				assertThat(FakeCisco.bearerHeaders(cisco)).singleElement().asString().startsWith("Bearer tok-");
			});
	}

	@Test
	void otherGroupsAreLeftAlone() {
		new ApplicationContextRunner().withConfiguration(CiscoSupportRestClientAutoConfigurationTests.AUTO_CONFIGURATIONS)
			.withConfiguration(SERVICE_GROUPS)
			.withUserConfiguration(OtherServices.class)
			.withPropertyValues(FakeCisco.properties(cisco))
			.withPropertyValues("spring.http.serviceclient.other.base-url=" + other.baseUrl())
			.run((context) -> {
				FakeCisco.stub(other);
				context.getBean(EoxHttp.class).bySerialNumber("FHK0933224R");
				assertThat(other.findAll(getRequestedFor(urlEqualTo(FakeCisco.EOX_PATH)))).singleElement()
					.satisfies((request) -> assertThat(request.containsHeader("Authorization")).isFalse());
				assertThat(cisco.findAll(anyRequestedFor(anyUrl()))).isEmpty();
			});
	}

	@HttpExchange(url = "/supporttools/eox/rest/5", accept = "application/json")
	interface EoxHttp {

		@GetExchange("/EOXBySerialNumber/1/{serialNumber}")
		String bySerialNumber(@PathVariable String serialNumber);

	}

	@HttpExchange(url = "/supporttools/eox/rest/5", accept = "application/json")
	interface ReactiveEoxHttp {

		@GetExchange("/EOXBySerialNumber/1/{serialNumber}")
		Mono<String> bySerialNumber(@PathVariable String serialNumber);

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = CiscoSupportHttpServiceGroupAutoConfiguration.GROUP, types = EoxHttp.class)
	static class BlockingServices {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = CiscoSupportHttpServiceGroupAutoConfiguration.GROUP, types = ReactiveEoxHttp.class,
			clientType = HttpServiceGroup.ClientType.WEB_CLIENT)
	static class ReactiveServices {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportHttpServices(group = "other", types = EoxHttp.class)
	static class OtherServices {

	}

}
