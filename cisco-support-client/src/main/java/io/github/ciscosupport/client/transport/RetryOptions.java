package io.github.ciscosupport.client.transport;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Options of the retries of throttled (HTTP 429, 403 {@code ERR_403_DEVELOPER_OVER_QPS}) and
 * transient (502, 503, 504, reset connections, response timeouts) failures.
 * <p>
 * A wait honours the server's {@code Retry-After} when there is one; otherwise it is
 * {@code initialBackoff * 2^(retry - 1)}, capped at {@code maxBackoff}, spread by
 * {@code ± jitter} of itself so that concurrent callers do not retry in lockstep.
 *
 * @param maxAttempts the maximum number of requests for one call, the first included, at least
 * 1; 1 disables retries
 * @param initialBackoff the wait before the first retry when the server gave no
 * {@code Retry-After}, not negative
 * @param maxBackoff the longest computed backoff, at least {@code initialBackoff}
 * @param maxTotalWait the most time one call may spend waiting between its attempts (rate-limit
 * waits and response times not counted); a retry whose wait would exceed it is not made, and the
 * call fails at once
 * @param jitter the random spread of a computed backoff, as a fraction of it, from 0 to 1
 */
public record RetryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotalWait,
		double jitter) {

	/** Default maximum attempts: 5, that is the first request and up to 4 retries. */
	public static final int DEFAULT_MAX_ATTEMPTS = 5;

	/** Default initial backoff: 1 second, what Mashery asks over-QPS callers to wait. */
	public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);

	/** Default maximum backoff: 30 seconds. */
	public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

	/** Default maximum total wait: 2 minutes. */
	public static final Duration DEFAULT_MAX_TOTAL_WAIT = Duration.ofMinutes(2);

	/** Default jitter: 0.5, a computed backoff of 2 s becomes 1 to 3 s. */
	public static final double DEFAULT_JITTER = 0.5;

	public RetryOptions {
		Assert.isTrue(maxAttempts >= 1, () -> "Retry max-attempts must be at least 1, but was " + maxAttempts);
		Assert.notNull(initialBackoff, "Retry initial-backoff must not be null");
		Assert.notNull(maxBackoff, "Retry max-backoff must not be null");
		Assert.notNull(maxTotalWait, "Retry max-total-wait must not be null");
		Assert.isTrue(!initialBackoff.isNegative(),
				() -> "Retry initial-backoff must not be negative, but was " + initialBackoff);
		Assert.isTrue(maxBackoff.compareTo(initialBackoff) >= 0, () -> "Retry max-backoff (" + maxBackoff
				+ ") must not be shorter than initial-backoff (" + initialBackoff + ")");
		Assert.isTrue(!maxTotalWait.isNegative(),
				() -> "Retry max-total-wait must not be negative, but was " + maxTotalWait);
		Assert.isTrue(jitter >= 0 && jitter <= 1, () -> "Retry jitter must be between 0 and 1, but was " + jitter);
	}

	/** The defaults: 5 attempts, backoff from 1 s to 30 s with jitter 0.5, at most 2 min of waiting. */
	public static RetryOptions defaults() {
		return new RetryOptions(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF,
				DEFAULT_MAX_TOTAL_WAIT, DEFAULT_JITTER);
	}

	/** No retries: every failure surfaces after the first request. */
	public static RetryOptions disabled() {
		return new RetryOptions(1, DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_MAX_TOTAL_WAIT,
				DEFAULT_JITTER);
	}

}
