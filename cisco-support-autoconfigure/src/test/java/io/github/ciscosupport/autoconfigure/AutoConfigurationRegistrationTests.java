package io.github.ciscosupport.autoconfigure;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.context.annotation.Configurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.env.MockEnvironment;

import io.github.ciscosupport.autoconfigure.actuate.CiscoSupportSanitizingAutoConfiguration;
import io.github.ciscosupport.autoconfigure.cache.CiscoSupportCacheAutoConfiguration;
import io.github.ciscosupport.autoconfigure.health.CiscoSupportHealthContributorAutoConfiguration;
import io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetricsAutoConfiguration;
import io.github.ciscosupport.autoconfigure.oauth2.CiscoSupportAuthorizedClientManagerAutoConfiguration;
import io.github.ciscosupport.autoconfigure.quota.CiscoSupportSharedQuotaAutoConfiguration;
import io.github.ciscosupport.autoconfigure.restclient.CiscoSupportRestClientAutoConfiguration;
import io.github.ciscosupport.autoconfigure.service.CiscoSupportHttpServiceGroupAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every auto-configuration is registered, and they run in the order their conditions need.
 */
class AutoConfigurationRegistrationTests {

	@Test
	void everyAutoConfigurationIsRegistered() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(AutoConfiguration.class));
		// The scanner evaluates property conditions: turn on the opt-in ones so they are found.
		scanner.setEnvironment(new MockEnvironment().withProperty("cisco.support.cache.enabled", "true")
			.withProperty("cisco.support.rate-limit.store", "redis"));
		Set<String> declared = scanner.findCandidateComponents("io.github.ciscosupport")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.collect(Collectors.toSet());

		List<String> registered = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
			.getCandidates()
			.stream()
			.filter((name) -> name.startsWith("io.github.ciscosupport."))
			.toList();

		assertThat(declared).hasSize(11);
		assertThat(registered).containsExactlyInAnyOrderElementsOf(declared);
	}

	@Test
	void cacheAndSharedQuotaRunBetweenWhatTheyUseAndTheClient() {
		List<Class<?>> order = List.of(Configurations.getClasses(AutoConfigurations.of(
				CiscoSupportAutoConfiguration.class, CiscoSupportSharedQuotaAutoConfiguration.class,
				CiscoSupportCacheAutoConfiguration.class, DataRedisReactiveAutoConfiguration.class,
				CacheAutoConfiguration.class)));

		assertThat(order.indexOf(CiscoSupportCacheAutoConfiguration.class))
			.isGreaterThan(order.indexOf(CacheAutoConfiguration.class))
			.isLessThan(order.indexOf(CiscoSupportAutoConfiguration.class));
		assertThat(order.indexOf(CiscoSupportSharedQuotaAutoConfiguration.class))
			.isGreaterThan(order.indexOf(DataRedisReactiveAutoConfiguration.class))
			.isLessThan(order.indexOf(CiscoSupportAutoConfiguration.class));
	}

	@Test
	void theRedisRateLimitRunsAfterBootsRedisAndBeforeTheLimiterItReplaces() {
		List<Class<?>> order = List.of(Configurations.getClasses(AutoConfigurations.of(
				CiscoSupportAutoConfiguration.class, CiscoSupportRedisRateLimitAutoConfiguration.class,
				DataRedisAutoConfiguration.class)));

		assertThat(order.indexOf(CiscoSupportRedisRateLimitAutoConfiguration.class))
			.isGreaterThan(order.indexOf(DataRedisAutoConfiguration.class))
			.isLessThan(order.indexOf(CiscoSupportAutoConfiguration.class));
	}

	@Test
	void runAfterWhatTheirConditionsLookFor() {
		// Listed backwards on purpose: the order comes from @AutoConfiguration(after = ...).
		List<Class<?>> order = List.of(Configurations.getClasses(AutoConfigurations.of(
				CiscoSupportHttpServiceGroupAutoConfiguration.class, CiscoSupportRestClientAutoConfiguration.class,
				CiscoSupportSanitizingAutoConfiguration.class, CiscoSupportMetricsAutoConfiguration.class,
				CiscoSupportHealthContributorAutoConfiguration.class,
				CiscoSupportAuthorizedClientManagerAutoConfiguration.class, CiscoSupportAutoConfiguration.class,
				HealthContributorAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
				ObservationAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, MetricsAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class, RestClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
				ReactiveHttpClientAutoConfiguration.class, HttpClientAutoConfiguration.class)));

		assertThat(order.indexOf(CiscoSupportAutoConfiguration.class))
			.isGreaterThan(order.indexOf(WebClientAutoConfiguration.class))
			.isGreaterThan(order.indexOf(ReactiveHttpClientAutoConfiguration.class));
		assertThat(order.indexOf(CiscoSupportAuthorizedClientManagerAutoConfiguration.class))
			.isGreaterThan(order.indexOf(CiscoSupportAutoConfiguration.class))
			.isGreaterThan(order.indexOf(OAuth2ClientAutoConfiguration.class));
		assertThat(order.indexOf(CiscoSupportRestClientAutoConfiguration.class))
			.isGreaterThan(order.indexOf(CiscoSupportAutoConfiguration.class))
			.isGreaterThan(order.indexOf(RestClientAutoConfiguration.class))
			.isGreaterThan(order.indexOf(ImperativeHttpClientAutoConfiguration.class));
		assertThat(order.indexOf(CiscoSupportHttpServiceGroupAutoConfiguration.class))
			.isGreaterThan(order.indexOf(CiscoSupportAutoConfiguration.class));
		assertThat(order.indexOf(CiscoSupportHealthContributorAutoConfiguration.class))
			.isGreaterThan(order.indexOf(CiscoSupportAutoConfiguration.class));
		assertThat(order.indexOf(CiscoSupportMetricsAutoConfiguration.class))
			.isGreaterThan(order.indexOf(CiscoSupportAutoConfiguration.class))
			.isGreaterThan(order.indexOf(CompositeMeterRegistryAutoConfiguration.class))
			.isGreaterThan(order.indexOf(SimpleMetricsExportAutoConfiguration.class));
	}

}
