package io.github.ciscosupport.client.auth;

import java.time.Duration;

import org.springframework.util.Assert;

import io.github.ciscosupport.client.retry.Backoff;

/**
 * How failed token requests are retried: the same shape as the API call retries
 * ({@code RetryOptions}), plus the retries of {@code invalid_client} answers.
 * <p>
 * A throttled request (429) waits what the token endpoint asks for, its {@code Retry-After}
 * (seconds or HTTP date) or Okta's {@code x-rate-limit-reset}; other transient failures wait the
 * {@link Backoff}. The same backoff spaces the attempts to refresh a token that failed while
 * the current one was still valid.
 *
 * @param maxAttempts token requests per fetch for transient failures (5xx, 429, connection errors
 * and timeouts), the first included; 1 disables these retries
 * @param backoff the wait before each retry of a transient failure that came without a wait
 * asked by the token endpoint
 * @param maxTotalWait the most time one fetch may spend waiting between its requests, all waits
 * counted; a retry whose wait would go past it is not made, and the fetch fails at once
 * @param invalidClientRetries how many times a {@code invalid_client} answer is retried. Off (0) by
 * default: id.cisco.com is known to answer {@code invalid_client} falsely now and then, but a real
 * credentials problem is far more common, and retrying it only delays the error and loads the
 * identity provider. Turn it on for long-running jobs that have seen the false answers.
 * @param invalidClientRetryDelay wait before each {@code invalid_client} retry
 */
public record TokenRetryOptions(int maxAttempts, Backoff backoff, Duration maxTotalWait, int invalidClientRetries,
		Duration invalidClientRetryDelay) {

	/** Default maximum attempts: 3. */
	public static final int DEFAULT_MAX_ATTEMPTS = 3;

	/** Default backoff: 1 s, doubled up to 10 s, with jitter 0.5. */
	public static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 0.5);

	/**
	 * Default maximum total wait: 1 minute, long enough for Okta's per-minute rate-limit window to
	 * reset.
	 */
	public static final Duration DEFAULT_MAX_TOTAL_WAIT = Duration.ofMinutes(1);

	/** Default wait before an {@code invalid_client} retry: 10 seconds. */
	public static final Duration DEFAULT_INVALID_CLIENT_RETRY_DELAY = Duration.ofSeconds(10);

	// Messages start with the option's path, so configuration reports can name the property.
	public TokenRetryOptions {
		Assert.isTrue(maxAttempts >= 1, () -> "max-attempts must be at least 1, but was " + maxAttempts);
		Assert.notNull(backoff, "backoff must not be null");
		Assert.notNull(maxTotalWait, "max-total-wait must not be null");
		Assert.isTrue(!maxTotalWait.isNegative(), () -> "max-total-wait must not be negative, but was " + maxTotalWait);
		Assert.isTrue(invalidClientRetries >= 0,
				() -> "invalid-client-retries must not be negative, but was " + invalidClientRetries);
		Assert.notNull(invalidClientRetryDelay, "invalid-client-retry-delay must not be null");
		Assert.isTrue(!invalidClientRetryDelay.isNegative(),
				() -> "invalid-client-retry-delay must not be negative, but was " + invalidClientRetryDelay);
	}

	/**
	 * Three attempts with a jittered backoff of about 1 s, then 2 s, at most one minute of waiting;
	 * {@code invalid_client} not retried.
	 */
	public static TokenRetryOptions defaults() {
		return new TokenRetryOptions(DEFAULT_MAX_ATTEMPTS, DEFAULT_BACKOFF, DEFAULT_MAX_TOTAL_WAIT, 0,
				DEFAULT_INVALID_CLIENT_RETRY_DELAY);
	}

	/** No retries at all. */
	public static TokenRetryOptions disabled() {
		return new TokenRetryOptions(1, Backoff.none(), Duration.ZERO, 0, Duration.ZERO);
	}

}
