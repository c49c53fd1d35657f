package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * A bulk job against a {@link HiddenLimit}, entirely on virtual time: {@code calls} calls, at most
 * {@code concurrency} in flight, each taking a permit of the limiter, answered after a fixed
 * round trip, and, when refused, retried after the reply's {@code Retry-After}, or, without one,
 * as soon as an adaptive limiter lets it go or after a backoff of 1 s, 2 s, 4 s... (no jitter)
 * with a fixed rate, at most {@value #MAX_ATTEMPTS} attempts, as the retry filter does. Every answer is reported to the limiter as the rate-limit filter does.
 */
final class HiddenLimitRun {

	static final String PATH = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FOC0001";

	static final int MAX_ATTEMPTS = 5;

	final VirtualTimeScheduler clock = VirtualTimeScheduler.create();

	final RequestRateLimiter limiter;

	private final HiddenLimit server;

	private final Duration roundTrip;

	private final Duration retryAfter;

	private int started;

	private int calls;

	int sent;

	int refused;

	int failed;

	int answered;

	long lastAnsweredAt;

	private long startedAt;

	/** The virtual instants, in nanoseconds, at which requests were sent. */
	final List<Long> sentAt = new ArrayList<>();

	/**
	 * @param retryAfter what refused replies ask to wait, or null for none
	 */
	HiddenLimitRun(RateLimitOptions options, HiddenLimit server, Duration roundTrip, Duration retryAfter) {
		this.limiter = RequestRateLimiter.create(options, this.clock);
		this.server = server;
		this.roundTrip = roundTrip;
		this.retryAfter = retryAfter;
	}

	/**
	 * Moves the clock to {@code offset} past its start before the first call, so that the job
	 * starts at that point of the gateway's second.
	 */
	HiddenLimitRun startingAt(Duration offset) {
		this.clock.advanceTimeBy(offset);
		this.startedAt = this.clock.now(TimeUnit.NANOSECONDS);
		return this;
	}

	/** Runs {@code calls} more calls to completion, on the same limiter. */
	HiddenLimitRun run(int calls, int concurrency) {
		this.calls += calls;
		for (int i = 0; i < concurrency; i++) {
			startNext();
		}
		while (this.answered + this.failed < this.calls) {
			this.clock.advanceTimeBy(Duration.ofSeconds(1));
		}
		return this;
	}

	/** Seconds from the start of the job to the last answer. */
	double seconds() {
		return (this.lastAnsweredAt - this.startedAt) / 1e9;
	}

	/** Answered calls per second ÷ the hidden limit. */
	double throughputRatio() {
		return this.answered / seconds() / this.server.limit;
	}

	private void startNext() {
		if (this.started < this.calls) {
			this.started++;
			attempt(1);
		}
	}

	private void attempt(int attempt) {
		this.limiter.permit(PATH).subscribe((permit) -> {
			long sentAt = this.clock.now(TimeUnit.NANOSECONDS);
			this.sent++;
			this.sentAt.add(sentAt);
			boolean accepted = this.server.accept(sentAt + this.roundTrip.toNanos() / 2);
			this.clock.schedule(() -> reply(permit, accepted, attempt), this.roundTrip.toNanos(), TimeUnit.NANOSECONDS);
		});
	}

	private void reply(RequestRateLimiter.Permit permit, boolean accepted, int attempt) {
		this.limiter.replied(permit, !accepted, accepted ? null : this.retryAfter);
		if (accepted) {
			this.answered++;
			this.lastAnsweredAt = this.clock.now(TimeUnit.NANOSECONDS);
			startNext();
			return;
		}
		this.refused++;
		if (attempt >= MAX_ATTEMPTS) {
			this.failed++;
			startNext();
			return;
		}
		if (this.retryAfter == null && this.limiter.isAdaptive()) {
			// The adaptive limiter paces the next attempt: no backoff of its own.
			attempt(attempt + 1);
			return;
		}
		Duration wait = (this.retryAfter != null) ? this.retryAfter : Duration.ofSeconds(1L << (attempt - 1));
		this.clock.schedule(() -> attempt(attempt + 1), wait.toNanos(), TimeUnit.NANOSECONDS);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "%s: %d answered, %d failed in %.2f s (%.2f of the limit), %d of %d refused",
				this.server, this.answered, this.failed, seconds(), throughputRatio(), this.refused, this.sent);
	}

}
