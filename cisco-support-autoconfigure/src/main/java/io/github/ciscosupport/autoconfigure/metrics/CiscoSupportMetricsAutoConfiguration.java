package io.github.ciscosupport.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.transport.RequestRateLimiter;

/**
 * The starter's own meters ({@code cisco.support.*}) when Micrometer and a {@link MeterRegistry}
 * are present. The bean listens to the token and transport hooks of the client library next to
 * any listener of the application's, and is the {@link CiscoSupportMetrics} of the typed clients.
 * The calls themselves are measured by Spring Boot's {@code WebClient} observation
 * ({@code http.client.requests}).
 */
@AutoConfiguration(after = { CiscoSupportAutoConfiguration.class, MetricsAutoConfiguration.class,
		CompositeMeterRegistryAutoConfiguration.class })
@ConditionalOnClass({ MeterRegistry.class, CiscoSupportAuthorization.class })
@ConditionalOnBean({ MeterRegistry.class, CiscoSupportAuthorization.class })
public final class CiscoSupportMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(CiscoSupportMetrics.class)
	MicrometerCiscoSupportMetrics ciscoSupportMetrics(MeterRegistry meterRegistry) {
		return new MicrometerCiscoSupportMetrics(meterRegistry);
	}

	/** The gauge of the rate each API may use now; Boot binds it to every registry. */
	@Bean
	@ConditionalOnBean(RequestRateLimiter.class)
	@ConditionalOnMissingBean(name = "ciscoSupportRateLimitMetrics")
	MeterBinder ciscoSupportRateLimitMetrics(RequestRateLimiter rateLimiter) {
		return new RateLimitMeterBinder(rateLimiter);
	}

}
