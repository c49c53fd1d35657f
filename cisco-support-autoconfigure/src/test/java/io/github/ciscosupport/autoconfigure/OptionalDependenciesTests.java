package io.github.ciscosupport.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import io.github.ciscosupport.autoconfigure.actuate.CiscoSupportSanitizingAutoConfiguration;
import io.github.ciscosupport.autoconfigure.clients.CiscoSupportClientsAutoConfiguration;
import io.github.ciscosupport.autoconfigure.health.CiscoSupportHealthContributorAutoConfiguration;
import io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetricsAutoConfiguration;
import io.github.ciscosupport.autoconfigure.oauth2.CiscoSupportAuthorizedClientManagerAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client library, WebFlux and Reactor Netty are optional dependencies of this module: an
 * application without one of them still starts, and every auto-configuration that needs it backs
 * off instead of failing on a missing class.
 */
class OptionalDependenciesTests {

	/** The beans of the starter that need the client library, WebFlux and Reactor Netty. */
	private static final String[] CISCO_BEANS = { "ciscoSupportClient", "ciscoSupportWebClient",
			"ciscoSupportAuthorization", "ciscoSupportRateLimiter", "ciscoSupportHttpConnector",
			CiscoSupportAuthorizedClientManagerAutoConfiguration.MANAGER_BEAN_NAME,
			CiscoSupportAuthorizedClientManagerAutoConfiguration.REACTIVE_MANAGER_BEAN_NAME, "eoxClient", "asdClient",
			CiscoSupportHealthContributorAutoConfiguration.HEALTH_INDICATOR_BEAN_NAME, "ciscoSupportMetrics" };

	// Every auto-configuration of the starter, with what Boot adds next to them in an application.
	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PropertyPlaceholderAutoConfiguration.class,
				HttpClientAutoConfiguration.class, ReactiveHttpClientAutoConfiguration.class,
				WebClientAutoConfiguration.class, EndpointAutoConfiguration.class,
				HealthContributorAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CiscoSupportAutoConfiguration.class, CiscoSupportAuthorizedClientManagerAutoConfiguration.class,
				CiscoSupportHealthContributorAutoConfiguration.class, CiscoSupportMetricsAutoConfiguration.class,
				CiscoSupportSanitizingAutoConfiguration.class, CiscoSupportClientsAutoConfiguration.class))
		.withPropertyValues("cisco.support.client-id=my-client", "cisco.support.client-secret=my-secret",
				CiscoFaults.NO_QUIET_PERIOD);

	@Test
	void withAllOfThemEveryBeanIsThere() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.hasBean(CiscoSupportSanitizingAutoConfiguration.SANITIZING_FUNCTION_BEAN_NAME)
			.satisfies((started) -> assertThat(started.getBeanDefinitionNames()).contains(CISCO_BEANS)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "io.github.ciscosupport.client.", "org.springframework.web.reactive.function.client.",
			"reactor.netty." })
	void withoutOneOfThemTheStarterBacksOffAndTheApplicationStarts(String missingPackage) {
		this.runner.withClassLoader(new FilteredClassLoader(missingPackage)).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasBean(CiscoSupportSanitizingAutoConfiguration.SANITIZING_FUNCTION_BEAN_NAME);
			assertThat(context.getBeanDefinitionNames()).doesNotContain(CISCO_BEANS);
		});
	}

}
