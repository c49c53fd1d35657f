package io.github.ciscosupport.client.transport;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How the rate of one API policy adapts to Cisco's throttling replies: the controller behind
 * {@link RateLimitOptions.Adaptive}. Its state is a small value ({@link State}) and every step is
 * a pure function of the state, the time and what was observed, so the state can live anywhere
 * (in the limiter today, in a store shared by several processes later).
 * <p>
 * Cisco's gateway counts the calls of one key per second and refuses those beyond its limit
 * ({@code ERR_403_DEVELOPER_OVER_QPS}, 429). The rate, in requests per second:
 * <ol>
 * <li><b>Slow start.</b> Starts at the configured rate and grows {@value #SLOW_START_GROWTH}-fold
 * per second until the first throttling reply.</li>
 * <li><b>On a throttling reply</b> to a request sent at {@code t}: the last good maximum (the
 * <em>ceiling</em>) becomes the number of requests accepted in the second before {@code t} (the
 * gateway's own count, exact for a sliding window), and at least a fraction of
 * {@value #CEILING_MARGIN} below the rate that was refused. The rate is cut to {@code cutFactor}
 * times itself (and never above the ceiling); a rate more than a fraction of {@value #OVERSHOOT}
 * above the ceiling (the overshoot of the slow start) drops to the ceiling itself. Then the policy pauses until the requests of that second
 * leave room for the new rate, and longer when the server asks for it in a {@code Retry-After}.
 * Replies to requests sent before the cut say nothing new and change nothing, but their
 * {@code Retry-After}.</li>
 * <li><b>The window is still full.</b> A second refusal within a second of the first, with no
 * request accepted in between, means the gateway counts in fixed windows and the current one is
 * still full: the rate stays, the ceiling is lowered to the new count, and the policy pauses
 * halfway to one second after the first refused request, by which time the window must be over.</li>
 * <li><b>Recovery.</b> CUBIC: from the cut rate back to the ceiling along
 * {@code ceiling (1 + C (x - K)^3)}, reached after {@code K = cbrt((1 - cut / ceiling) / C)} seconds
 * (2.5 s after a cut to 0.7 with the default {@code C} of 0.02), then a plateau at the ceiling, then
 * probing above it along the same curve. The plateau lasts {@value #PLATEAU_SECONDS} s, and
 * doubles (up to {@value #MAX_PLATEAU_SECONDS} s) each time a throttling reply confirms the ceiling
 * within a fraction of {@value #CONFIRMATION}, so a known ceiling is probed less and less often.</li>
 * <li><b>Bounds.</b> Never more than {@value #CAP_FACTOR} times the rate actually sent over the last
 * second (nor below the cut rate), so a policy that is not busy does not build up an allowance it
 * would spend in a burst; always between the configured minimum and maximum.</li>
 * </ol>
 * Compared with the AWS SDK's adaptive mode (cut to 0.7 of the measured rate, CUBIC recovery with
 * {@code C} = 0.4 requests per second per second cubed, at most twice the measured rate, at least
 * 0.5/s): one rate per API policy, a CUBIC scale relative to the ceiling (0.02 is AWS's 0.4 at
 * 20/s; at 2/s AWS's probes above the ceiling grow ten times as fast, relatively), a ceiling measured
 * from the accepted requests rather than the sending rate, a slow start instead of no limit before
 * the first throttling, pauses that empty the gateway's window instead of repeated cuts, a plateau
 * that grows while the ceiling holds, and {@code Retry-After} honoured as a pause.
 */
final class AdaptiveRate {

	/** Growth of the rate per second during the slow start. */
	static final double SLOW_START_GROWTH = 8;

	/** The ceiling is at least this fraction below a rate that was refused. */
	static final double CEILING_MARGIN = 0.05;

	/** A rate this fraction above the measured ceiling drops to the ceiling, not by the cut factor. */
	static final double OVERSHOOT = 0.10;

	/** The first plateau at the ceiling before probing above it, in seconds. */
	static final double PLATEAU_SECONDS = 5;

	/** The longest plateau, in seconds. */
	static final double MAX_PLATEAU_SECONDS = 60;

	/** A new ceiling within this fraction of the previous one confirms it. */
	static final double CONFIRMATION = 0.15;

	/** The rate is at most this many times the rate actually sent over the last second. */
	static final double CAP_FACTOR = 2;

	/** The gateway counts calls per second. */
	static final long WINDOW_NANOS = 1_000_000_000L;

	/** The send rate is measured over at least this long, so the first request does not count as a burst. */
	static final long MIN_MEASURED_NANOS = 50_000_000L;

	/**
	 * Pauses end this much later than the arithmetic says: the gateway counts arrivals, which the
	 * network and the scheduler's timer delay by a few milliseconds, not always by the same.
	 */
	static final long JITTER_NANOS = 20_000_000L;

	/** An instant that has not happened. */
	static final long NEVER = Long.MIN_VALUE;

	private static final double NANOS_PER_SECOND = 1e9;

	private final RateLimitOptions.Adaptive options;

	private final double pacingMargin;

	/**
	 * @param options the bounds, cut factor and CUBIC scale
	 * @param pacingMargin how much wider than {@code 1 / rate} requests are spaced, which also
	 * widens the pauses
	 */
	AdaptiveRate(RateLimitOptions.Adaptive options, double pacingMargin) {
		this.options = options;
		this.pacingMargin = pacingMargin;
	}

	/** The state of a policy that has sent nothing yet, starting at {@code requestsPerSecond}. */
	State initial(double requestsPerSecond) {
		double rate = bounded(requestsPerSecond);
		return new State(rate, Double.NaN, rate, NEVER, NEVER, 0, NEVER, NEVER);
	}

	/**
	 * The state at {@code now}: the rate allowed then.
	 * @param state the current state
	 * @param now the time, in nanoseconds
	 * @param sentPerSecond the rate actually sent over the last second ({@link SendLog#sentPerSecond})
	 */
	State at(State state, long now, double sentPerSecond) {
		long startedAt = (state.startedAt() == NEVER) ? now : state.startedAt();
		double target;
		double lowest;
		if (state.slowStart()) {
			target = state.cutRate() * Math.pow(SLOW_START_GROWTH, seconds(now - startedAt));
			lowest = state.rate();
		}
		else {
			target = cubic(state, now);
			lowest = state.cutRate();
		}
		double rate = bounded(Math.min(target, Math.max(CAP_FACTOR * sentPerSecond, lowest)));
		return new State(rate, state.ceiling(), state.cutRate(), state.recoveryFrom(), startedAt,
				state.plateauNanos(), state.pausedUntil(), state.refusedAt());
	}

	/**
	 * The state after a throttling reply.
	 * @param state the current state, {@linkplain #at at} the time of the reply
	 * @param now the time of the reply
	 * @param refusal what the policy knows about the refused request
	 */
	State throttled(State state, long now, Refusal refusal) {
		long pausedUntil = state.pausedUntil();
		if (refusal.retryAfter() != null) {
			pausedUntil = Math.max(pausedUntil, saturatedAdd(now, refusal.retryAfter().toNanos()));
		}
		if (refusal.sentAt() < state.recoveryFrom()) {
			// Sent before the last cut: the cut already accounts for it.
			return state.pausedUntil(pausedUntil);
		}
		double accepted = refusal.acceptedBefore().length;
		if (state.refusedAt() != NEVER && refusal.sentAt() - state.refusedAt() < WINDOW_NANOS
				&& !refusal.acceptedSinceRefused()) {
			return stillFull(state, now, pausedUntil, accepted, refusal.sentAt());
		}
		double ceiling = bounded(Math.min(accepted, state.rate() * (1 - CEILING_MARGIN)));
		double cutRate = (state.rate() > (1 + OVERSHOOT) * ceiling) ? ceiling
				: bounded(this.options.cutFactor() * Math.min(state.rate(), ceiling));
		long plateau = plateau(state, ceiling);
		pausedUntil = Math.max(pausedUntil, roomFor(cutRate, refusal.acceptedBefore(), now));
		return new State(cutRate, ceiling, cutRate, Math.max(pausedUntil, now), state.startedAt(), plateau,
				pausedUntil, refusal.sentAt());
	}

	/**
	 * The state after another instance that shares the budget learned {@code rate}: a lower rate is
	 * taken as a cut (recovering towards what this instance knew, at most the rate before the cut),
	 * a higher one as the last good maximum, held for a plateau before probing above it.
	 * @param state the current state, {@linkplain #at at} {@code now}
	 * @param rate the rate the other instance published
	 * @param now the time
	 */
	State adopt(State state, double rate, long now) {
		double adopted = bounded(rate);
		if (adopted >= state.rate()) {
			long plateau = (state.slowStart()) ? (long) (PLATEAU_SECONDS * NANOS_PER_SECOND) : state.plateauNanos();
			return new State(adopted, adopted, adopted, now, state.startedAt(), plateau, state.pausedUntil(),
					state.refusedAt());
		}
		double known = state.slowStart() ? state.rate() : state.ceiling();
		double ceiling = Math.max(adopted, Math.min(known, adopted / this.options.cutFactor()));
		return new State(adopted, ceiling, adopted, now, state.startedAt(), plateau(state, ceiling),
				state.pausedUntil(), state.refusedAt());
	}

	/** A fixed window that refused a request is still full: wait for its end, rate unchanged. */
	private State stillFull(State state, long now, long pausedUntil, double accepted, long sentAt) {
		double ceiling = bounded(Math.min(state.ceiling(), accepted));
		double cutRate = Math.min(state.rate(), ceiling);
		long windowOver = state.refusedAt() + (long) (WINDOW_NANOS * (1 + this.pacingMargin)) + JITTER_NANOS;
		long pause = Math.max(pausedUntil, sentAt + (windowOver - sentAt) / 2);
		return new State(cutRate, ceiling, cutRate, Math.max(pause, now), state.startedAt(), state.plateauNanos(),
				pause, state.refusedAt());
	}

	/**
	 * Shifts the curves by the time the policy sent nothing (beyond one second), so that neither
	 * the slow start nor the probing above the ceiling goes on while nobody calls.
	 */
	State idle(State state, long idleNanos) {
		if (idleNanos <= WINDOW_NANOS) {
			return state;
		}
		long shift = idleNanos - WINDOW_NANOS;
		long startedAt = (state.startedAt() == NEVER) ? NEVER : saturatedAdd(state.startedAt(), shift);
		long recoveryFrom = (state.recoveryFrom() == NEVER) ? NEVER : saturatedAdd(state.recoveryFrom(), shift);
		return new State(state.rate(), state.ceiling(), state.cutRate(), recoveryFrom, startedAt,
				state.plateauNanos(), state.pausedUntil(), state.refusedAt());
	}

	/** The interval between two permits at the state's rate, in nanoseconds, with the pacing margin. */
	long intervalNanos(State state) {
		return (long) Math.ceil(NANOS_PER_SECOND * (1 + this.pacingMargin) / state.rate());
	}

	private double cubic(State state, long now) {
		double ceiling = state.ceiling();
		double x = seconds(now - state.recoveryFrom());
		if (x <= 0) {
			return state.cutRate();
		}
		// Relative to the ceiling, so that recovering from a cut takes as long at any rate.
		double scale = this.options.cubicScale() * ceiling;
		double k = Math.cbrt(Math.max(0, ceiling - state.cutRate()) / scale);
		if (x < k) {
			return ceiling + scale * Math.pow(x - k, 3);
		}
		double plateau = state.plateauNanos() / NANOS_PER_SECOND;
		return (x < k + plateau) ? ceiling : ceiling + scale * Math.pow(x - k - plateau, 3);
	}

	private static long plateau(State state, double ceiling) {
		long first = (long) (PLATEAU_SECONDS * NANOS_PER_SECOND);
		if (state.slowStart() || Math.abs(ceiling - state.ceiling()) > CONFIRMATION * state.ceiling()) {
			return first;
		}
		return Math.min(Math.max(2 * state.plateauNanos(), first), (long) (MAX_PLATEAU_SECONDS * NANOS_PER_SECOND));
	}

	/**
	 * The earliest instant from which requests spaced at {@code rate} keep every second within the
	 * number of requests the gateway accepted in the second before the refusal: the {@code k}-th
	 * new request may go once the {@code k}-th oldest of those is a second old.
	 */
	private long roomFor(double rate, long[] acceptedBefore, long now) {
		long spacing = (long) Math.ceil(NANOS_PER_SECOND * (1 + this.pacingMargin) / rate);
		long window = (long) (WINDOW_NANOS * (1 + this.pacingMargin)) + JITTER_NANOS;
		long resume = now;
		for (int k = 0; k < acceptedBefore.length; k++) {
			resume = Math.max(resume, acceptedBefore[k] + window - k * spacing);
		}
		return resume;
	}

	private double bounded(double rate) {
		return Math.min(this.options.maxRequestsPerSecond(), Math.max(this.options.minRequestsPerSecond(), rate));
	}

	private static double seconds(long nanos) {
		return nanos / NANOS_PER_SECOND;
	}

	private static long saturatedAdd(long instant, long nanos) {
		long sum = instant + nanos;
		return (((instant ^ sum) & (nanos ^ sum)) < 0) ? Long.MAX_VALUE : sum;
	}

	/**
	 * The learned state of one policy; instants in nanoseconds of the limiter's clock.
	 *
	 * @param rate the rate allowed at the last step, requests per second
	 * @param ceiling the last good maximum, NaN during the slow start
	 * @param cutRate the rate right after the last cut (the configured rate during the slow start)
	 * @param recoveryFrom when the recovery from the last cut started, after its pause
	 * @param startedAt when the policy sent its first request, shifted by idle time
	 * @param plateauNanos how long the rate stays at the ceiling before probing above it
	 * @param pausedUntil no request goes before this instant
	 * @param refusedAt when the request whose refusal caused the last cut was sent
	 */
	record State(double rate, double ceiling, double cutRate, long recoveryFrom, long startedAt, long plateauNanos,
			long pausedUntil, long refusedAt) {

		boolean slowStart() {
			return Double.isNaN(this.ceiling);
		}

		State pausedUntil(long instant) {
			return new State(this.rate, this.ceiling, this.cutRate, this.recoveryFrom, this.startedAt,
					this.plateauNanos, instant, this.refusedAt);
		}

	}

	/**
	 * What the policy knows about a refused request.
	 *
	 * @param sentAt when it was sent
	 * @param acceptedBefore when the requests sent in the second before it, and not refused, were
	 * sent, oldest first
	 * @param acceptedSinceRefused whether a request sent after the one whose refusal caused the last
	 * cut was accepted
	 * @param retryAfter the wait the reply asked for, or null
	 */
	record Refusal(long sentAt, long[] acceptedBefore, boolean acceptedSinceRefused, @Nullable Duration retryAfter) {
	}

}
