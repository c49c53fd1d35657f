package io.github.ciscosupport.client.transport;

/**
 * The global limit, a token bucket kept as a "theoretical arrival time" (the generic cell rate
 * algorithm): the state is one instant, so refilling needs no timer and the arithmetic is exact
 * in integer nanoseconds, which keeps virtual-time tests exact too.
 */
final class TokenBucket implements Limit {

	private final long intervalNanos;

	private final long toleranceNanos;

	/** The instant at which the bucket would be empty if every permit had been spent evenly. */
	private long theoreticalArrival;

	/** A full bucket of {@code burst} permits that refills one permit every {@code intervalNanos}. */
	TokenBucket(long intervalNanos, int burst, long nowNanos) {
		this.intervalNanos = intervalNanos;
		this.toleranceNanos = intervalNanos * (burst - 1);
		this.theoreticalArrival = nowNanos;
	}

	@Override
	public long readyAt(long nowNanos) {
		return this.theoreticalArrival - this.toleranceNanos;
	}

	@Override
	public void take(long nowNanos) {
		this.theoreticalArrival = Math.max(this.theoreticalArrival, nowNanos) + this.intervalNanos;
	}

}
