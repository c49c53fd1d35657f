package io.github.ciscosupport.client.transport;

import java.time.Duration;

import org.springframework.util.Assert;

import io.github.ciscosupport.client.retry.Backoff;

/**
 * Options of the retries of throttled (HTTP 429, 403 {@code ERR_403_DEVELOPER_OVER_QPS}) and
 * transient (502, 503, 504, reset connections, response timeouts) failures.
 * <p>
 * A wait honours the server's {@code Retry-After} when there is one; otherwise it is the
 * {@link Backoff}: {@code initial * 2^(retry - 1)}, capped at {@code max}, spread by
 * {@code ± jitter} of itself so that concurrent callers do not retry in lockstep. Token requests
 * are retried with the same shape of options ({@code TokenRetryOptions}).
 *
 * @param maxAttempts the maximum number of requests for one call, the first included, at least
 * 1; 1 disables retries
 * @param backoff the wait before each retry when the server gave no {@code Retry-After}
 * @param maxTotalWait the most time one call may spend waiting between its attempts (rate-limit
 * waits and response times not counted); a retry whose wait would exceed it is not made, and the
 * call fails at once
 */
public record RetryOptions(int maxAttempts, Backoff backoff, Duration maxTotalWait) {

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

	// Messages start with the option's path, so configuration reports can name the property.
	public RetryOptions {
		Assert.isTrue(maxAttempts >= 1, () -> "max-attempts must be at least 1, but was " + maxAttempts);
		Assert.notNull(backoff, "backoff must not be null");
		Assert.notNull(maxTotalWait, "max-total-wait must not be null");
		Assert.isTrue(!maxTotalWait.isNegative(), () -> "max-total-wait must not be negative, but was " + maxTotalWait);
	}

	/**
	 * Options with the backoff's parts spelled out.
	 * @param maxAttempts the maximum number of requests for one call, the first included
	 * @param initialBackoff the wait before the first retry
	 * @param maxBackoff the longest computed backoff
	 * @param maxTotalWait the most time one call may spend waiting between its attempts
	 * @param jitter the random spread of a computed backoff, as a fraction of it, from 0 to 1
	 */
	public RetryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotalWait,
			double jitter) {
		this(maxAttempts, new Backoff(initialBackoff, maxBackoff, jitter), maxTotalWait);
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
