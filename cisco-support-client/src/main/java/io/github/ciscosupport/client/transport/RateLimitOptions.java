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
 * @param adaptive whether and how the rate adapts to Cisco's throttling replies; when enabled,
 * {@code requestsPerSecond} is where each API policy's rate starts
 */
public record RateLimitOptions(boolean enabled, double requestsPerSecond, int burst,
		Map<String, ApiRateLimit> perApi, double pacingMargin, Adaptive adaptive) {

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

	/** Options with a fixed rate (no {@linkplain Adaptive adaptive} rate). */
	public RateLimitOptions(boolean enabled, double requestsPerSecond, int burst,
			@Nullable Map<String, ApiRateLimit> perApi, double pacingMargin) {
		this(enabled, requestsPerSecond, burst, perApi, pacingMargin, Adaptive.DISABLED);
	}

	public RateLimitOptions(boolean enabled, double requestsPerSecond, int burst,
			@Nullable Map<String, ApiRateLimit> perApi, double pacingMargin, Adaptive adaptive) {
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
		Assert.notNull(adaptive, "adaptive must not be null");
		if (adaptive.enabled()) {
			Assert.isTrue(requestsPerSecond >= adaptive.minRequestsPerSecond()
					&& requestsPerSecond <= adaptive.maxRequestsPerSecond(),
					() -> "requests-per-second must be between adaptive.min-requests-per-second ("
							+ adaptive.minRequestsPerSecond() + ") and adaptive.max-requests-per-second ("
							+ adaptive.maxRequestsPerSecond() + ") when the adaptive rate is enabled, but was "
							+ requestsPerSecond);
		}
		this.enabled = enabled;
		this.requestsPerSecond = requestsPerSecond;
		this.burst = burst;
		this.perApi = (perApi != null) ? Map.copyOf(perApi) : Map.of();
		this.pacingMargin = pacingMargin;
		this.adaptive = adaptive;
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

	/**
	 * These options with the given adaptive rate.
	 * @param adaptive the adaptive rate, such as {@link Adaptive#defaults()}
	 * @return new options
	 */
	public RateLimitOptions withAdaptive(Adaptive adaptive) {
		return new RateLimitOptions(this.enabled, this.requestsPerSecond, this.burst, this.perApi, this.pacingMargin,
				adaptive);
	}

	/** The interval between two permits of the global limit, in nanoseconds, rounded up. */
	long globalIntervalNanos() {
		return (long) Math.ceil(1_000_000_000d * (1 + this.pacingMargin) / this.requestsPerSecond);
	}

	/**
	 * The adaptive rate: each API policy (and the default lane of all other APIs) learns its own
	 * rate from Cisco's throttling replies instead of keeping {@code requestsPerSecond}. It starts
	 * at {@code requestsPerSecond}, probes upward while calls succeed, and on a 429 or
	 * {@code *_OVER_QPS} reply cuts the rate multiplicatively and recovers towards the last good
	 * maximum (CUBIC, as the AWS SDK's adaptive retry mode); a {@code Retry-After} pauses the API's
	 * calls until it has passed. The per-API bandwidths stay hard ceilings. See
	 * {@code AdaptiveRate} for the details.
	 *
	 * @param enabled whether the rate adapts; when false, {@code requestsPerSecond} is a fixed rate
	 * @param minRequestsPerSecond the rate is never cut below this, positive
	 * @param maxRequestsPerSecond the rate never probes above this, at least
	 * {@code minRequestsPerSecond}
	 * @param cutFactor what a throttling reply multiplies the rate by, above 0 and below 1
	 * @param cubicScale how fast the rate recovers towards the last good maximum and probes beyond
	 * it (CUBIC's {@code C}), as a fraction of that maximum per second cubed, positive
	 */
	public record Adaptive(boolean enabled, double minRequestsPerSecond, double maxRequestsPerSecond,
			double cutFactor, double cubicScale) {

		/** Default lowest rate: 0.5 requests per second, the AWS SDK's floor. */
		public static final double DEFAULT_MIN_REQUESTS_PER_SECOND = 0.5;

		/** Default highest rate: 100 requests per second. */
		public static final double DEFAULT_MAX_REQUESTS_PER_SECOND = 100;

		/** Default cut factor: 0.7, the AWS SDK's (and CUBIC's) beta. */
		public static final double DEFAULT_CUT_FACTOR = 0.7;

		/**
		 * Default CUBIC scale: 0.02 of the last good maximum per second cubed, which is the AWS SDK's
		 * 0.4 requests per second per second cubed at 20 requests per second: back to the maximum
		 * 2.5 s after a cut to 0.7.
		 */
		public static final double DEFAULT_CUBIC_SCALE = 0.02;

		/** No adaptive rate. */
		public static final Adaptive DISABLED = new Adaptive(false, DEFAULT_MIN_REQUESTS_PER_SECOND,
				DEFAULT_MAX_REQUESTS_PER_SECOND, DEFAULT_CUT_FACTOR, DEFAULT_CUBIC_SCALE);

		// Messages start with the option's path, so configuration reports can name the property.
		public Adaptive {
			Assert.isTrue(minRequestsPerSecond > 0 && Double.isFinite(minRequestsPerSecond),
					() -> "adaptive.min-requests-per-second must be positive, but was " + minRequestsPerSecond);
			Assert.isTrue(maxRequestsPerSecond >= minRequestsPerSecond && maxRequestsPerSecond <= 1_000_000_000,
					() -> "adaptive.max-requests-per-second must be between adaptive.min-requests-per-second ("
							+ minRequestsPerSecond + ") and 1e9, but was " + maxRequestsPerSecond);
			Assert.isTrue(cutFactor > 0 && cutFactor < 1,
					() -> "adaptive.cut-factor must be above 0 and below 1, but was " + cutFactor);
			Assert.isTrue(cubicScale > 0 && Double.isFinite(cubicScale),
					() -> "adaptive.cubic-scale must be positive, but was " + cubicScale);
		}

		/** The defaults, enabled: from 0.5 to 100 requests per second, cut factor 0.7, CUBIC scale 0.02. */
		public static Adaptive defaults() {
			return new Adaptive(true, DEFAULT_MIN_REQUESTS_PER_SECOND, DEFAULT_MAX_REQUESTS_PER_SECOND,
					DEFAULT_CUT_FACTOR, DEFAULT_CUBIC_SCALE);
		}

	}

}
