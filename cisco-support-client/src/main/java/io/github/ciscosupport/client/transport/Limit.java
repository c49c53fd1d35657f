package io.github.ciscosupport.client.transport;

/**
 * One limit a request must be within to be sent. Implementations are not thread-safe: the
 * {@link RequestRateLimiter} that owns them serializes access.
 */
interface Limit {

	/**
	 * The earliest instant, in nanoseconds of the limiter's clock, at which a permit is available,
	 * as known at {@code nowNanos}.
	 */
	long readyAt(long nowNanos);

	/** Takes one permit at {@code nowNanos}, which is not before {@link #readyAt(long)}. */
	void take(long nowNanos);

}
