package io.github.ciscosupport.client.transport;

/**
 * A {@link Bandwidth}: at most {@code capacity} permits in any window of {@code period}, kept
 * as the instants of the last {@code capacity} permits. Unlike a token bucket, which would let
 * "30 per minute" send 30 at once and 30 more over the next minute, it never exceeds the count
 * in any window, however the server aligns its own.
 */
final class SlidingWindow implements Limit {

	private final long windowNanos;

	/** The instants of the last permits, in a ring; once full, the oldest is at {@link #next}. */
	private final long[] taken;

	private int next;

	private int count;

	SlidingWindow(Bandwidth bandwidth) {
		this.windowNanos = bandwidth.period().toNanos();
		this.taken = new long[bandwidth.capacity()];
	}

	@Override
	public long readyAt(long nowNanos) {
		return (this.count < this.taken.length) ? Long.MIN_VALUE : this.taken[this.next] + this.windowNanos;
	}

	@Override
	public void take(long nowNanos) {
		this.taken[this.next] = nowNanos;
		this.next = (this.next + 1) % this.taken.length;
		this.count = Math.min(this.count + 1, this.taken.length);
	}

}
