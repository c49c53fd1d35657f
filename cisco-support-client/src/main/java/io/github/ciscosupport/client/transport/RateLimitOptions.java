package io.github.ciscosupport.client.transport;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Options of the client-side rate limit ({@link RequestRateLimiter}).
 *
 * @param enabled whether requests are limited at all; when false no request ever waits
 * @param requestsPerSecond the sustained rate of the global limit that every request takes a
 * permit from, positive
 * @param burst how many permits of the global limit can be spent at once after a quiet period,
 * at least 1; 1 spaces requests evenly, which never trips a gateway that counts per second
 * @param perApi additional policies by API name (the name is only a label, the key under which a
 * policy is configured);
 * a request takes a permit from the policy with the longest matching path prefix, if any, and
 * from the global limit
 * @param pacingMargin how much wider than {@code 1 / requestsPerSecond} requests are spaced, as a
 * fraction (0 to below 1); see {@link #DEFAULT_PACING_MARGIN}
 */
public record RateLimitOptions(boolean enabled, double requestsPerSecond, int burst,
		Map<String, ApiRateLimit> perApi, double pacingMargin) {

	/** Default sustained rate: 5 requests per second, the rate Cisco documents for PSIRT and EoX. */
	public static final double DEFAULT_REQUESTS_PER_SECOND = 5;

	/** Default burst: 1, requests evenly spaced. */
	public static final int DEFAULT_BURST = 1;

	/** Default per-API policies: PSIRT openVuln's 5 per second and 30 per minute. */
	public static final Map<String, ApiRateLimit> DEFAULT_PER_API = Map.of("psirt", ApiRateLimit.PSIRT);

	/** Options with the default {@linkplain #DEFAULT_PACING_MARGIN pacing margin}. */
	public RateLimitOptions(boolean enabled, double requestsPerSecond, int burst,
			@Nullable Map<String, ApiRateLimit> perApi) {
		this(enabled, requestsPerSecond, burst, perApi, DEFAULT_PACING_MARGIN);
	}

	public RateLimitOptions(boolean enabled, double requestsPerSecond, int burst,
			@Nullable Map<String, ApiRateLimit> perApi, double pacingMargin) {
		Assert.isTrue(pacingMargin >= 0 && pacingMargin < 1,
				() -> "Rate limit pacing-margin must be at least 0 and below 1, but was " + pacingMargin);
		Assert.isTrue(requestsPerSecond > 0 && Double.isFinite(requestsPerSecond),
				() -> "Rate limit requests-per-second must be positive and finite, but was " + requestsPerSecond);
		Assert.isTrue(requestsPerSecond <= 1_000_000_000,
				() -> "Rate limit requests-per-second must be at most 1e9, but was " + requestsPerSecond);
		Assert.isTrue(burst >= 1, () -> "Rate limit burst must be at least 1, but was " + burst);
		if (perApi != null) {
			perApi.forEach((name, policy) -> Assert.notNull(policy, () -> "Rate limit for API '" + name + "' is null"));
		}
		this.enabled = enabled;
		this.requestsPerSecond = requestsPerSecond;
		this.burst = burst;
		this.perApi = (perApi != null) ? Map.copyOf(perApi) : Map.of();
		this.pacingMargin = pacingMargin;
	}

	/** The defaults: enabled, 5 requests per second, burst 1, PSIRT's documented limits. */
	public static RateLimitOptions defaults() {
		return new RateLimitOptions(true, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_BURST, DEFAULT_PER_API);
	}

	/** No client-side rate limit at all. */
	public static RateLimitOptions disabled() {
		return new RateLimitOptions(false, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_BURST, Map.of());
	}

	/**
	 * Default pacing margin: requests are spaced 1 % wider than {@code 1 / requests-per-second}. A
	 * gateway that counts calls in fixed one-second windows (as Mashery does) would otherwise see
	 * one call too many in a window whenever jitter delays the first call of a run of
	 * {@code rate + 1} a little more than the last: evenly spaced calls at exactly the rate span
	 * exactly one second.
	 */
	public static final double DEFAULT_PACING_MARGIN = 0.01;

	/** The interval between two permits of the global limit, in nanoseconds, rounded up. */
	long globalIntervalNanos() {
		return (long) Math.ceil(1_000_000_000d * (1 + this.pacingMargin) / this.requestsPerSecond);
	}

}
