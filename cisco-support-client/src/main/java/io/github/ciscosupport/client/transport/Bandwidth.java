package io.github.ciscosupport.client.transport;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * One limit of a per-API rate-limit policy: at most {@code capacity} requests in any window of
 * {@code period}. "30 per minute" lets 30 requests go at once (within the global limit), and the
 * 31st wait until a minute after the first, so that no minute, however the server counts it,
 * sees more than 30.
 *
 * @param capacity the number of requests allowed in any window, from 1 to 100,000 (the limiter
 * keeps the instants of the last {@code capacity} requests)
 * @param period the length of the window, positive
 */
public record Bandwidth(int capacity, Duration period) {

	static final int MAX_CAPACITY = 100_000;

	public Bandwidth {
		Assert.isTrue(capacity >= 1 && capacity <= MAX_CAPACITY,
				() -> "Bandwidth capacity must be between 1 and " + MAX_CAPACITY + ", but was " + capacity);
		Assert.notNull(period, "Bandwidth period must not be null");
		Assert.isTrue(!period.isNegative() && !period.isZero(), () -> "Bandwidth period must be positive, but was " + period);
	}

	/** Shorthand for {@code new Bandwidth(capacity, period)}. */
	public static Bandwidth of(int capacity, Duration period) {
		return new Bandwidth(capacity, period);
	}

}
