package io.github.ciscosupport.autoconfigure.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

import io.github.ciscosupport.autoconfigure.CiscoSupportAutoConfiguration;
import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.autoconfigure.CiscoSupportProperties;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.transport.QuotaExhaustion;
import io.github.ciscosupport.client.transport.RequestRateLimiter;

/**
 * Health indicator {@code ciscoSupport} for the Cisco Support APIs, when Spring Boot's health
 * support is on the classpath. Turned off with {@code management.health.cisco-support.enabled=false}.
 */
@AutoConfiguration(after = CiscoSupportAutoConfiguration.class)
@ConditionalOnClass({ ReactiveHealthIndicator.class, CiscoSupportAuthorization.class })
@ConditionalOnBean(CiscoSupportAuthorization.class)
@ConditionalOnEnabledHealthIndicator("cisco-support")
@EnableConfigurationProperties(CiscoSupportHealthIndicatorProperties.class)
public final class CiscoSupportHealthContributorAutoConfiguration {

	/** Name of the health indicator bean; the health contributor is {@code ciscoSupport}. */
	public static final String HEALTH_INDICATOR_BEAN_NAME = "ciscoSupportHealthIndicator";

	@Bean
	@ConditionalOnMissingBean
	CiscoSupportGatewayState ciscoSupportGatewayState(CiscoSupportHealthIndicatorProperties properties) {
		return new CiscoSupportGatewayState(Clock.systemUTC(), properties.getQuotaResetTime(),
				properties.getQuotaResetZone());
	}

	@Bean(HEALTH_INDICATOR_BEAN_NAME)
	@ConditionalOnMissingBean(name = HEALTH_INDICATOR_BEAN_NAME)
	CiscoSupportHealthIndicator ciscoSupportHealthIndicator(CiscoSupportAuthorization authorization,
			CiscoSupportGatewayState gateway, CiscoSupportProperties properties,
			CiscoSupportConnectionDetails connectionDetails, CiscoSupportHealthIndicatorProperties healthProperties,
			ObjectProvider<RequestRateLimiter> rateLimiter, ObjectProvider<CiscoSupportClient> client) {
		CiscoSupportClient ciscoSupportClient = client.getIfUnique();
		Supplier<Mono<QuotaExhaustion>> knownQuotaExhaustion = (ciscoSupportClient != null)
				? ciscoSupportClient::quotaExhaustion : Mono::empty;
		return new CiscoSupportHealthIndicator(authorization, gateway, configuration(properties, connectionDetails),
				rateLimitState(rateLimiter.getIfUnique(), ciscoSupportClient), knownQuotaExhaustion,
				healthProperties.getTimeout(),
				healthProperties.getFailureTimeToLive(), Clock.systemUTC());
	}

	/**
	 * What an adaptive rate has learned so far, and whether the shared budget and the shared quota
	 * state answer; nothing to add to the configuration otherwise.
	 */
	private static Supplier<Map<String, Object>> rateLimitState(@Nullable RequestRateLimiter rateLimiter,
			@Nullable CiscoSupportClient client) {
		return () -> {
			Map<String, Object> state = new LinkedHashMap<>();
			if (rateLimiter != null && rateLimiter.isAdaptive()) {
				state.put("currentRates", rateLimiter.currentRates());
			}
			if (rateLimiter != null && rateLimiter.isShared()) {
				state.put("sharedBudget", rateLimiter.isSharedBudgetAvailable() ? "available"
						: "unavailable, calls paced by this instance's local limit");
			}
			if (client != null && client.isQuotaStateShared()) {
				state.put("sharedQuotaState", client.isSharedQuotaStateAvailable() ? "available"
						: "unavailable, the quota state and the daily budget's count kept by this instance");
			}
			return state;
		};
	}

	private static Map<String, Object> configuration(CiscoSupportProperties properties,
			CiscoSupportConnectionDetails connectionDetails) {
		CiscoSupportProperties.RateLimit rateLimit = properties.getRateLimit();
		Map<String, Object> limit = new LinkedHashMap<>();
		limit.put("enabled", rateLimit.isEnabled());
		if (rateLimit.isEnabled()) {
			limit.put("requestsPerSecond", rateLimit.getRequestsPerSecond());
			limit.put("burst", rateLimit.getBurst());
			limit.put("perApi", List.copyOf(rateLimit.getPerApi().keySet()));
			limit.put("adaptive", rateLimit.getAdaptive().isEnabled());
			limit.put("store", rateLimit.getStore().name().toLowerCase(Locale.ROOT));
		}
		Map<String, Object> configuration = new LinkedHashMap<>();
		configuration.put("baseUrl", connectionDetails.getBaseUrl());
		configuration.put("rateLimit", limit);
		return configuration;
	}

}
