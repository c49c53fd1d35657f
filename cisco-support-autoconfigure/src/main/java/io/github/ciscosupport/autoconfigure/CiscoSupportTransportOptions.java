package io.github.ciscosupport.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.ciscosupport.client.auth.TokenRetryOptions;
import io.github.ciscosupport.client.retry.Backoff;
import io.github.ciscosupport.client.transport.ApiRateLimit;
import io.github.ciscosupport.client.transport.Bandwidth;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RetryOptions;

/**
 * Maps the {@code cisco.support.*} properties to the client library's option records.
 */
final class CiscoSupportTransportOptions {

	private CiscoSupportTransportOptions() {
	}

	static RetryOptions retry(CiscoSupportProperties.Retry retry) {
		return new RetryOptions(retry.getMaxAttempts(), backoff(retry.getBackoff()), retry.getMaxTotalWait());
	}

	static TokenRetryOptions tokenRetry(CiscoSupportProperties.TokenRetry retry) {
		return new TokenRetryOptions(retry.getMaxAttempts(), backoff(retry.getBackoff()), retry.getMaxTotalWait(),
				retry.getInvalidClientRetries(), retry.getInvalidClientRetryDelay());
	}

	private static Backoff backoff(CiscoSupportProperties.Backoff backoff) {
		return new Backoff(backoff.getInitial(), backoff.getMax(), backoff.getJitter());
	}

	static RateLimitOptions rateLimit(CiscoSupportProperties.RateLimit rateLimit) {
		Map<String, ApiRateLimit> perApi = new LinkedHashMap<>();
		rateLimit.getPerApi()
			.forEach((name, api) -> perApi.put(name, new ApiRateLimit(api.getPathPrefix(), api.getLimits()
				.stream()
				.map((limit) -> Bandwidth.of(limit.getCapacity(), limit.getPeriod()))
				.toList())));
		CiscoSupportProperties.AdaptiveRateLimit adaptive = rateLimit.getAdaptive();
		return new RateLimitOptions(rateLimit.isEnabled(), rateLimit.getRequestsPerSecond(), rateLimit.getBurst(),
				perApi, rateLimit.getPacingMargin(),
				new RateLimitOptions.Adaptive(adaptive.isEnabled(), adaptive.getMinRequestsPerSecond(),
						adaptive.getMaxRequestsPerSecond(), adaptive.getCutFactor(), adaptive.getCubicScale()));
	}

}
