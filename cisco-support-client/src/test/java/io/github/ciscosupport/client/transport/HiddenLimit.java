package io.github.ciscosupport.client.transport;

import java.util.ArrayDeque;

/**
 * A gateway's hidden per-second limit, deciding on the instant a request arrives (nanoseconds of
 * a virtual clock) whether it is accepted: Mashery's fixed one-second windows (with a phase, as
 * the windows follow the server's clock), or a sliding window of one second. Refused requests do
 * not count.
 */
abstract class HiddenLimit {

	private static final long SECOND = 1_000_000_000L;

	final int limit;

	private HiddenLimit(int limit) {
		this.limit = limit;
	}

	/** Counts the request if the limit allows it. */
	abstract boolean accept(long nanos);

	/** Fixed windows starting at {@code phaseNanos} past every whole second. */
	static HiddenLimit fixedWindows(int limit, long phaseNanos) {
		return new HiddenLimit(limit) {

			private long window = Long.MIN_VALUE;

			private int count;

			@Override
			boolean accept(long nanos) {
				long window = Math.floorDiv(nanos - phaseNanos, SECOND);
				if (window != this.window) {
					this.window = window;
					this.count = 0;
				}
				return this.count < this.limit && ++this.count > 0;
			}

			@Override
			public String toString() {
				return this.limit + "/s in fixed windows (phase " + phaseNanos / 1_000_000 + " ms)";
			}

		};
	}

	/** At most {@code limit} accepted requests in any second. */
	static HiddenLimit slidingWindow(int limit) {
		return new HiddenLimit(limit) {

			private final ArrayDeque<Long> accepted = new ArrayDeque<>();

			@Override
			boolean accept(long nanos) {
				while (!this.accepted.isEmpty() && this.accepted.peekFirst() <= nanos - SECOND) {
					this.accepted.pollFirst();
				}
				if (this.accepted.size() >= this.limit) {
					return false;
				}
				this.accepted.addLast(nanos);
				return true;
			}

			@Override
			public String toString() {
				return this.limit + "/s in a sliding window";
			}

		};
	}

}
