package io.github.ciscosupport.client.auth;

import java.time.Duration;
import java.util.Objects;

import org.springframework.util.Assert;

/**
 * How failed token requests are retried.
 *
 * @param maxAttempts token requests per fetch for transient failures (5xx, 429, connection errors
 * and timeouts), the first included; 1 disables these retries
 * @param initialBackoff wait before the first retry; doubled for each further one
 * @param maxBackoff longest wait between two retries
 * @param invalidClientRetries how many times a {@code invalid_client} answer is retried. Off (0) by
 * default: id.cisco.com is known to answer {@code invalid_client} falsely now and then, but a real
 * credentials problem is far more common, and retrying it only delays the error and loads the
 * identity provider. Turn it on for long-running jobs that have seen the false answers.
 * @param invalidClientRetryDelay wait before each {@code invalid_client} retry
 */
public record TokenRetryOptions(int maxAttempts, Duration initialBackoff, Duration maxBackoff,
		int invalidClientRetries, Duration invalidClientRetryDelay) {

	public TokenRetryOptions {
		Assert.isTrue(maxAttempts >= 1, "maxAttempts must be at least 1");
		Objects.requireNonNull(initialBackoff, "initialBackoff must not be null");
		Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
		Assert.isTrue(!initialBackoff.isNegative() && !maxBackoff.isNegative(), "backoffs must not be negative");
		Assert.isTrue(invalidClientRetries >= 0, "invalidClientRetries must not be negative");
		Objects.requireNonNull(invalidClientRetryDelay, "invalidClientRetryDelay must not be null");
		Assert.isTrue(!invalidClientRetryDelay.isNegative(), "invalidClientRetryDelay must not be negative");
	}

	/** Three attempts with 1 s, 2 s backoff; {@code invalid_client} not retried. */
	public static TokenRetryOptions defaults() {
		return new TokenRetryOptions(3, Duration.ofSeconds(1), Duration.ofSeconds(10), 0, Duration.ofSeconds(10));
	}

	/** No retries at all. */
	public static TokenRetryOptions disabled() {
		return new TokenRetryOptions(1, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO);
	}

}
