package io.github.ciscosupport.client.transport;

import java.util.Arrays;

/**
 * The requests one API policy sent over the last few seconds, and which of them the gateway
 * refused: what an {@link AdaptiveRate} measures from. Requests are numbered in the order they
 * were sent; a reply that arrives after its request has left the log is ignored. Not thread-safe:
 * the {@link RequestRateLimiter} that owns it serializes access.
 */
final class SendLog {

	/** How long requests are kept: the gateway's window, plus time for slow replies. */
	static final long HORIZON_NANOS = 5 * AdaptiveRate.WINDOW_NANOS;

	private static final byte PENDING = 0;

	private static final byte ACCEPTED = 1;

	private static final byte REFUSED = 2;

	private long[] sentAt = new long[64];

	private byte[] outcome = new byte[64];

	/** The number of the oldest request kept. */
	private long first;

	/** The number the next request gets. */
	private long next;

	private long firstSentAt = AdaptiveRate.NEVER;

	/**
	 * Records a request sent at {@code now}, and forgets those older than the horizon.
	 * @return the request's number
	 */
	long sent(long now) {
		forget(now);
		if (this.next - this.first == this.sentAt.length) {
			grow();
		}
		int slot = slot(this.next);
		this.sentAt[slot] = now;
		this.outcome[slot] = PENDING;
		if (this.firstSentAt == AdaptiveRate.NEVER) {
			this.firstSentAt = now;
		}
		return this.next++;
	}

	/** Records that the gateway accepted ({@code refused} false) or refused request {@code number}. */
	void replied(long number, boolean refused) {
		if (number >= this.first && number < this.next) {
			this.outcome[slot(number)] = refused ? REFUSED : ACCEPTED;
		}
	}

	/** When request {@code number} was sent, or {@link AdaptiveRate#NEVER} if it left the log. */
	long sentAt(long number) {
		return (number >= this.first && number < this.next) ? this.sentAt[slot(number)] : AdaptiveRate.NEVER;
	}

	/** When the last request was sent, or {@link AdaptiveRate#NEVER}. */
	long lastSentAt() {
		return (this.next > this.first) ? this.sentAt[slot(this.next - 1)] : AdaptiveRate.NEVER;
	}

	/**
	 * The rate sent over the last second, requests per second; over the time since the first
	 * request (at least {@link AdaptiveRate#MIN_MEASURED_NANOS}) while that is shorter.
	 */
	double sentPerSecond(long now) {
		if (this.firstSentAt == AdaptiveRate.NEVER) {
			return 0;
		}
		long from = now - AdaptiveRate.WINDOW_NANOS;
		int count = 0;
		for (long number = this.next - 1; number >= this.first && this.sentAt[slot(number)] > from; number--) {
			count++;
		}
		long span = Math.max(AdaptiveRate.MIN_MEASURED_NANOS, Math.min(AdaptiveRate.WINDOW_NANOS, now - this.firstSentAt));
		return count * 1e9 / span;
	}

	/**
	 * When the requests kept in the log (the last {@link #HORIZON_NANOS}) sent up to
	 * {@code instant} (included) were sent, oldest first, leaving out those refused; requests still
	 * waiting for their reply count as accepted, as the gateway saw them first.
	 */
	long[] acceptedUpTo(long instant) {
		long[] accepted = new long[(int) (this.next - this.first)];
		int count = 0;
		for (long number = this.first; number < this.next; number++) {
			int slot = slot(number);
			long at = this.sentAt[slot];
			if (at <= instant && this.outcome[slot] != REFUSED) {
				accepted[count++] = at;
			}
		}
		return Arrays.copyOf(accepted, count);
	}

	/** Whether a request sent after {@code instant} was accepted. */
	boolean acceptedAfter(long instant) {
		for (long number = this.next - 1; number >= this.first; number--) {
			int slot = slot(number);
			if (this.sentAt[slot] <= instant) {
				return false;
			}
			if (this.outcome[slot] == ACCEPTED) {
				return true;
			}
		}
		return false;
	}

	private void forget(long now) {
		while (this.first < this.next && now - this.sentAt[slot(this.first)] > HORIZON_NANOS) {
			this.first++;
		}
	}

	private void grow() {
		int length = this.sentAt.length;
		long[] sentAt = new long[length * 2];
		byte[] outcome = new byte[length * 2];
		for (long number = this.first; number < this.next; number++) {
			sentAt[(int) (number & (length * 2 - 1))] = this.sentAt[slot(number)];
			outcome[(int) (number & (length * 2 - 1))] = this.outcome[slot(number)];
		}
		this.sentAt = sentAt;
		this.outcome = outcome;
	}

	private int slot(long number) {
		return (int) (number & (this.sentAt.length - 1));
	}

}
