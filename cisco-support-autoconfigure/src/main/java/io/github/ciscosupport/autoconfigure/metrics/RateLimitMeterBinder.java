package io.github.ciscosupport.autoconfigure.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import io.github.ciscosupport.client.transport.RequestRateLimiter;

/**
 * The gauge {@value #RATE}: the rate each lane of the client-side rate limit allows now, tagged
 * {@code api} with the per-API policy's name or {@code default}. With the adaptive rate, it shows
 * what each API has learned; without, the configured rate.
 */
final class RateLimitMeterBinder implements MeterBinder {

	static final String RATE = "cisco.support.ratelimit.rate";

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
	}

}
