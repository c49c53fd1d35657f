package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.clients.CiscoSupportClientsAutoConfiguration;
import io.github.ciscosupport.client.eox.EoxClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The {@code ciscoSupportWebClient} carries the Cisco token, rate limiter and retries, so it
 * reaches only code that asks for it by name or qualifier, never a plain {@code WebClient}
 * injection point meant for some other service.
 */
@ExtendWith(OutputCaptureExtension.class)
class CiscoSupportWebClientInjectionTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS)
		.withConfiguration(AutoConfigurations.of(CiscoSupportClientsAutoConfiguration.class))
		.withPropertyValues(FakeCisco.properties(cisco))
		.withPropertyValues(CiscoFaults.NO_QUIET_PERIOD);

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void plainInjectionInAnAppWithoutAWebClientOfItsOwnFailsAtStartup(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(PlainInjectionApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments()));

		assertThat(output).contains("Error creating bean with name 'plainConsumer'")
			.contains("No qualifying bean of type '" + WebClient.class.getName() + "' available");
	}

	@Test
	void optionalInjectionGetsNone() {
		this.runner.withBean(OptionalConsumer.class).run((context) -> {
			assertThat(context).hasNotFailed();
			OptionalConsumer consumer = context.getBean(OptionalConsumer.class);
			assertThat(consumer.webClient).isNull();
			assertThat(consumer.all).isEmpty();
		});
	}

	// Spring Framework 7.0 matches a parameter name against bean names only among default
	// candidates: a parameter named ciscoSupportWebClient without @Qualifier is a plain injection.
	@Test
	void parameterNameAloneIsAPlainInjection() {
		this.runner.withBean(ByNameConsumer.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("No qualifying bean of type '" + WebClient.class.getName() + "' available"));
		WebClient own = WebClient.create();
		this.runner.withBean("ownWebClient", WebClient.class, () -> own)
			.withBean(ByNameConsumer.class)
			.run((context) -> assertThat(context.getBean(ByNameConsumer.class).webClient).isSameAs(own));
	}

	@Test
	void qualifierGetsIt() {
		this.runner.withBean(QualifiedConsumer.class).withUserConfiguration(QualifiedBeanMethod.class).run((context) -> {
			Object ours = context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME);
			WebClient webClient = context.getBean(QualifiedConsumer.class).webClient;
			assertThat(webClient).isSameAs(ours);
			assertThat(context.getBean(QualifiedBeanMethod.class).webClient).isSameAs(ours);
			assertCallsCiscoWithTheToken(webClient);
		});
	}

	@Test
	void typedClientsAreBuiltOnIt() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(EoxClient.class);
			assertThat(context.getBean(EoxClient.class).bySerialNumbers(List.of("FHK0933224R"))
				.collectList()
				.block(Duration.ofSeconds(10))).singleElement().satisfies((result) -> assertThat(result.isSuccess()).isTrue());
			assertThat(FakeCisco.bearerHeaders(cisco)).singleElement().asString().startsWith("Bearer tok-");
		});
	}

	@Test
	void applicationsOwnWebClientWinsPlainInjectionAndTheQualifierStillFindsCiscos() {
		WebClient own = WebClient.create();
		this.runner.withBean("ownWebClient", WebClient.class, () -> own)
			.withBean(PlainConsumer.class)
			.withBean(QualifiedConsumer.class)
			.run((context) -> {
				assertThat(context.getBean(PlainConsumer.class).webClient).isSameAs(own);
				assertThat(context.getBean(QualifiedConsumer.class).webClient)
					.isSameAs(context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME));
				assertThat(context).hasSingleBean(EoxClient.class);
			});
	}

	private static void assertCallsCiscoWithTheToken(WebClient webClient) {
		webClient.get().uri(FakeCisco.EOX_PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));
		assertThat(FakeCisco.bearerHeaders(cisco)).singleElement().asString().startsWith("Bearer tok-");
	}

	private static String[] arguments() {
		return Stream.concat(Arrays.stream(FakeCisco.properties(cisco)), Stream.of(CiscoFaults.NO_QUIET_PERIOD))
			.map((property) -> "--" + property)
			.toArray(String[]::new);
	}

	static class PlainConsumer {

		final WebClient webClient;

		PlainConsumer(WebClient webClient) {
			this.webClient = webClient;
		}

	}

	static class OptionalConsumer {

		final WebClient webClient;

		final List<WebClient> all;

		OptionalConsumer(ObjectProvider<WebClient> webClients) {
			this.webClient = webClients.getIfAvailable();
			this.all = webClients.orderedStream().toList();
		}

	}

	static class ByNameConsumer {

		final WebClient webClient;

		ByNameConsumer(WebClient ciscoSupportWebClient) {
			this.webClient = ciscoSupportWebClient;
		}

	}

	static class QualifiedConsumer {

		final WebClient webClient;

		QualifiedConsumer(@Qualifier("ciscoSupportWebClient") WebClient webClient) {
			this.webClient = webClient;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedBeanMethod {

		WebClient webClient;

		@Bean
		String qualifiedMarker(@Qualifier("ciscoSupportWebClient") WebClient webClient) {
			this.webClient = webClient;
			return "marker";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Import(StarterApplication.class)
	static class PlainInjectionApplication {

		@Bean
		PlainConsumer plainConsumer(WebClient webClient) {
			return new PlainConsumer(webClient);
		}

	}

}
