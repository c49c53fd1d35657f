package io.github.ciscosupport.client.transport;

import java.time.Duration;

/**
 * Hooks into the transport policies, for metrics. Every method has a no-op default, so an
 * implementation overrides only what it records. Methods are called on whichever thread the
 * event happens (often an I/O thread): they must be quick, must not block and must not throw.
 */
public interface TransportEvents {

	/** Events that nobody listens to. */
	TransportEvents NONE = new TransportEvents() {
	};

	/**
	 * A failed attempt is about to be retried, whatever the reason (throttled or transient).
	 * @param cause what went wrong: a {@code ThrottledException} or
	 * {@code ServiceUnavailableException} describing the reply, or the I/O exception
	 * @param attempt the number of the attempt that failed, from 1
	 * @param delay how long the call waits before the next attempt
	 */
	default void onRetry(Throwable cause, int attempt, Duration delay) {
	}

	/**
	 * Cisco throttled a request (HTTP 429 or 403 {@code ERR_403_DEVELOPER_OVER_QPS}) and the
	 * call waits before retrying; called in addition to {@link #onRetry}.
	 * @param wait how long the call waits, the server's {@code Retry-After} when it sent one
	 */
	default void onThrottled(Duration wait) {
	}

	/** Cisco answered {@code ERR_403_DEVELOPER_OVER_RATE}: the daily quota is used up. */
	default void onQuotaExhausted() {
	}

	/**
	 * A request waited for a permit of the client-side rate limit; not called when it got one
	 * at once.
	 * @param wait how long it waited
	 */
	default void onRateLimitWait(Duration wait) {
	}

}
