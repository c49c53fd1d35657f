package io.github.ciscosupport.autoconfigure.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import io.github.ciscosupport.client.transport.RequestRateLimiter;

/**
 * The gauge {@value #RATE}: the rate each lane of the client-side rate limit allows now, tagged
 * {@code api} with the per-API policy's name or {@code default}. With the adaptive rate, it shows
 * what each API has learned; without, the configured rate. With a shared budget, the counter
 * {@value #SHARED_FALLBACKS} counts the times it failed or was slow and calls were paced locally.
 */
final class RateLimitMeterBinder implements MeterBinder {

	static final String RATE = "cisco.support.ratelimit.rate";

	static final String SHARED_FALLBACKS = "cisco.support.ratelimit.shared.fallbacks";

	private final RequestRateLimiter rateLimiter;

	RateLimitMeterBinder(RequestRateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		// The lanes are fixed when the limiter is built; policy names are configuration, not inputs.
		for (String lane : this.rateLimiter.currentRates().keySet()) {
			Gauge.builder(RATE, this.rateLimiter, (limiter) -> limiter.currentRate(lane))
				.description("Requests per second the client-side rate limit allows now, per API policy")
				.baseUnit("requests/s")
				.tag("api", lane)
				.register(registry);
		}
		if (this.rateLimiter.isShared()) {
			FunctionCounter.builder(SHARED_FALLBACKS, this.rateLimiter, RequestRateLimiter::sharedBudgetFallbacks)
				.description("Times the shared rate budget failed or was slow, so that calls were paced locally")
				.register(registry);
		}
	}

}
