package io.github.ciscosupport.client.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

import org.springframework.util.Assert;

/**
 * Exponential backoff with jitter, the one backoff of the client: API call retries, token request
 * retries and the retries of a failed token refresh all wait {@code initial * 2^(retry - 1)},
 * capped at {@code max}, spread by {@code ± jitter} of itself so that concurrent callers do not
 * retry in lockstep.
 *
 * @param initial the wait before the first retry, not negative
 * @param max the longest computed wait (before jitter), at least {@code initial}
 * @param jitter the random spread of a wait, as a fraction of it, from 0 to 1: 0.5 turns a
 * computed 2 s into 1 to 3 s
 */
public record Backoff(Duration initial, Duration max, double jitter) {

	/** Randomness for the jitter: {@link ThreadLocalRandom}. */
	public static final DoubleSupplier RANDOM = () -> ThreadLocalRandom.current().nextDouble();

	// Messages start with the option's path, so configuration reports can name the property.
	public Backoff {
		Assert.notNull(initial, "backoff.initial must not be null");
		Assert.notNull(max, "backoff.max must not be null");
		Assert.isTrue(!initial.isNegative(), () -> "backoff.initial must not be negative, but was " + initial);
		Assert.isTrue(max.compareTo(initial) >= 0,
				() -> "backoff.max must not be shorter than backoff.initial (" + initial + "), but was " + max);
		Assert.isTrue(jitter >= 0 && jitter <= 1, () -> "backoff.jitter must be between 0 and 1, but was " + jitter);
	}

	/** No wait at all. */
	public static Backoff none() {
		return new Backoff(Duration.ZERO, Duration.ZERO, 0);
	}

	/**
	 * The wait before the given retry, with random jitter.
	 * @param retry the retry, 1 for the first
	 * @return the wait
	 */
	public Duration delay(int retry) {
		return delay(retry, RANDOM);
	}

	/**
	 * The wait before the given retry.
	 * @param retry the retry, 1 for the first
	 * @param random the jitter's randomness, values from 0 (inclusive) to 1 (exclusive); 0.5 gives
	 * the computed wait exactly
	 * @return the wait
	 */
	public Duration delay(int retry, DoubleSupplier random) {
		Duration base = exponential(Math.max(retry, 1));
		double spread = this.jitter * (2 * random.getAsDouble() - 1);
		return Duration.ofNanos(Math.round(base.toNanos() * (1 + spread)));
	}

	private Duration exponential(int retry) {
		try {
			Duration base = this.initial.multipliedBy(1L << Math.min(retry - 1, 30));
			return (base.compareTo(this.max) > 0) ? this.max : base;
		}
		catch (ArithmeticException ex) {
			return this.max;
		}
	}

}
