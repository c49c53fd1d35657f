package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * How the rate of one API policy adapts to Cisco's throttling replies: the controller behind
 * {@link RateLimitOptions.Adaptive}. Its state is a small value ({@link State}) and every step is
 * a pure function of the state, the time and what was observed, so the state can live anywhere
 * (in the limiter today, in a store shared by several processes later).
 * <p>
 * Cisco's gateway counts the calls of one key per second and refuses those beyond its limit
 * ({@code ERR_403_DEVELOPER_OVER_QPS}, 429), in a sliding window or, like Mashery, Kong and most
 * gateways that count "per second", in fixed windows that are the seconds of its clock. The rate,
 * in requests per second:
 * <ol>
 * <li><b>Slow start.</b> Starts at the configured rate and grows {@value #SLOW_START_GROWTH}-fold
 * per second until the first throttling reply.</li>
 * <li><b>On a throttling reply</b> to a request sent at {@code t}: the last good maximum (the
 * <em>ceiling</em>) becomes the number of requests accepted in the second before {@code t} (the
 * gateway's own count, exact for a sliding window; for a fixed window, that count or more), and
 * at least a fraction of {@value #CEILING_MARGIN} below the rate that was refused. The rate is cut
 * to {@code cutFactor} times itself (and never above the ceiling); a rate more than a fraction of
 * {@value #OVERSHOOT} above the ceiling (the overshoot of the slow start) drops to the ceiling
 * itself. Then the policy pauses until the requests of that second leave room for the new rate,
 * and longer when the server asks for it in a {@code Retry-After}. Replies to requests sent before
 * the cut say nothing new and change nothing, but their {@code Retry-After}.</li>
 * <li><b>The count is proved.</b> If the first request sent after the pause goes through, the
 * count was the gateway's limit (exactly, for a sliding window; for fixed windows, that or one
 * fewer), and the plateau at it lasts {@value #MEASURED_PLATEAU_SECONDS} s rather than
 * {@value #PLATEAU_SECONDS} s.</li>
 * <li><b>The window is still full.</b> If it is refused too, within a second of the first refusal
 * and with nothing accepted in between, the gateway counts in fixed windows, and the one that
 * refused the first request is still full. If that refusal came within the second of the wall
 * clock in which the first one reached the gateway (its clock taken as the limiter's, reached half
 * a refused request's round trip after sending, since the gateway refuses at once), and no earlier
 * second of the wall clock let more through than that one, the windows are taken to be the wall
 * clock's seconds ({@link Windows#WALL_CLOCK_SECONDS}): that second's count becomes the ceiling
 * (proved: a {@value #MEASURED_PLATEAU_SECONDS} s plateau), and the policy pauses until it ends.
 * From then on every refusal takes the count of its own second as the ceiling and pauses to that
 * second's end, as long as the seconds stay consistent. Otherwise the windows have a phase of
 * their own ({@link Windows#FIXED}): the rate stays, the ceiling is lowered to the new count, and
 * the policy pauses halfway to one second after the first refused request, by which time the
 * window must be over.</li>
 * <li><b>Recovery.</b> CUBIC: from the cut rate back to the ceiling along
 * {@code ceiling (1 + C (x - K)^3)}, reached after {@code K = cbrt((1 - cut / ceiling) / C)} seconds
 * (2.5 s after a cut to 0.7 with the default {@code C} of 0.02), then a plateau at the ceiling, then
 * probing above it along the same curve. The plateau lasts {@value #PLATEAU_SECONDS} s (or
 * {@value #MEASURED_PLATEAU_SECONDS} s for a proved count), and doubles (up to
 * {@value #MAX_PLATEAU_SECONDS} s) each time a throttling reply confirms the ceiling within a
 * fraction of {@value #CONFIRMATION}, so a known ceiling is probed less and less often.</li>
 * <li><b>Bounds.</b> Never more than {@value #CAP_FACTOR} times the rate actually sent over the last
 * second (nor below the cut rate), so a policy that is not busy does not build up an allowance it
 * would spend in a burst; always between the configured minimum and maximum.</li>
 * </ol>
 * When other instances share the budget, this instance's counts are not the gateway's: nothing is
 * proved, and the windows stay {@link Windows#UNKNOWN}.
 * <p>
 * Compared with the AWS SDK's adaptive mode (cut to 0.7 of the measured rate, CUBIC recovery with
 * {@code C} = 0.4 requests per second per second cubed, at most twice the measured rate, at least
 * 0.5/s): one rate per API policy, a CUBIC scale relative to the ceiling (0.02 is AWS's 0.4 at
 * 20/s; at 2/s AWS's probes above the ceiling grow ten times as fast, relatively), a ceiling measured
 * from the accepted requests rather than the sending rate (and from the gateway's own window when
 * it counts in the wall clock's seconds), a slow start instead of no limit before the first
 * throttling, pauses that empty the gateway's window instead of repeated cuts, a plateau that
 * grows while the ceiling holds, and {@code Retry-After} honoured as a pause.
 */
final class AdaptiveRate {

	/** Growth of the rate per second during the slow start. */
	static final double SLOW_START_GROWTH = 16;

	/** The ceiling is at least this fraction below a rate that was refused. */
	static final double CEILING_MARGIN = 0.05;

	/** A rate this fraction above the measured ceiling drops to the ceiling, not by the cut factor. */
	static final double OVERSHOOT = 0.10;

	/** The first plateau at the ceiling before probing above it, in seconds. */
	static final double PLATEAU_SECONDS = 5;

	/**
	 * The first plateau at a ceiling that the gateway's own count proved (the first request after
	 * the pause went through, or the count of a fixed window of the wall clock), in seconds.
	 */
	static final double MEASURED_PLATEAU_SECONDS = 20;

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

	private final boolean seesEveryRequest;

	/**
	 * @param options the bounds, cut factor and CUBIC scale
	 * @param pacingMargin how much wider than {@code 1 / rate} requests are spaced, which also
	 * widens the pauses
	 * @param seesEveryRequest whether the requests the policy counts are all the gateway counts;
	 * not when other instances share the key, so that no count of this one's is taken as the
	 * gateway's
	 */
	AdaptiveRate(RateLimitOptions.Adaptive options, double pacingMargin, boolean seesEveryRequest) {
		this.options = options;
		this.pacingMargin = pacingMargin;
		this.seesEveryRequest = seesEveryRequest;
	}

	/** The state of a policy that has sent nothing yet, starting at {@code requestsPerSecond}. */
	State initial(double requestsPerSecond) {
		double rate = bounded(requestsPerSecond);
		return new State(rate, Double.NaN, rate, NEVER, NEVER, 0, NEVER, NEVER, Windows.UNKNOWN, NEVER, false);
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
				state.plateauNanos(), state.pausedUntil(), state.refusedAt(), state.windows(), state.windowEnd(),
				state.measuring());
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
		if (state.refusedAt() != NEVER && refusal.sentAt() - state.refusedAt() < WINDOW_NANOS
				&& !refusal.acceptedSinceRefused()) {
			return stillFull(state, now, pausedUntil, refusal);
		}
		// The gateway answered the refusal itself, at once: half the round trip is how much later
		// than it was sent the request reached the gateway's clock.
		long delay = Math.max(0, (now - refusal.sentAt()) / 2);
		long windowEnd = secondEnd(refusal.sentAt(), delay);
		long[] acceptedBefore = refusal.acceptedInSecond();
		double count = refusal.acceptedFrom(windowEnd - WINDOW_NANOS).length;
		if (state.windows() == Windows.WALL_CLOCK_SECONDS && count > 0
				&& refusal.busiestWindowBefore(windowEnd - WINDOW_NANOS) <= count) {
			// The count of the wall clock's second is the limit; that second's end is when there is room.
			double ceiling = bounded(count);
			double cutRate = cutRate(state.rate(), ceiling);
			pausedUntil = Math.max(pausedUntil, windowEnd + JITTER_NANOS);
			return new State(cutRate, ceiling, cutRate, Math.max(pausedUntil, now), state.startedAt(),
					plateau(state, ceiling, true), pausedUntil, refusal.sentAt(), Windows.WALL_CLOCK_SECONDS,
					windowEnd, false);
		}
		double accepted = acceptedBefore.length;
		double ceiling = bounded(Math.min(accepted, state.rate() * (1 - CEILING_MARGIN)));
		double cutRate = cutRate(state.rate(), ceiling);
		pausedUntil = Math.max(pausedUntil, roomFor(cutRate, acceptedBefore, now));
		Windows windows = (state.windows() == Windows.WALL_CLOCK_SECONDS) ? Windows.FIXED : state.windows();
		boolean measuring = this.seesEveryRequest && ceiling == accepted;
		return new State(cutRate, ceiling, cutRate, Math.max(pausedUntil, now), state.startedAt(),
				plateau(state, ceiling, false), pausedUntil, refusal.sentAt(), windows, windowEnd, measuring);
	}

	/**
	 * The state after a request sent at {@code sentAt} was accepted: the first one sent after the
	 * pause of a cut shows that the count that set the ceiling was the gateway's limit (a sliding
	 * window had exactly that many; a fixed window, that many or one fewer), which is then held for
	 * a longer plateau.
	 */
	State accepted(State state, long sentAt) {
		if (!state.measuring() || sentAt < state.recoveryFrom()) {
			return state;
		}
		long plateau = Math.max(state.plateauNanos(), nanos(MEASURED_PLATEAU_SECONDS));
		return new State(state.rate(), state.ceiling(), state.cutRate(), state.recoveryFrom(), state.startedAt(),
				plateau, state.pausedUntil(), state.refusedAt(), state.windows(), state.windowEnd(), false);
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
					state.refusedAt(), state.windows(), state.windowEnd(), false);
		}
		double known = state.slowStart() ? state.rate() : state.ceiling();
		double ceiling = Math.max(adopted, Math.min(known, adopted / this.options.cutFactor()));
		return new State(adopted, ceiling, adopted, now, state.startedAt(), plateau(state, ceiling, false),
				state.pausedUntil(), state.refusedAt(), state.windows(), state.windowEnd(), false);
	}

	/**
	 * A second refusal within a second of the one that caused the last cut, with nothing accepted
	 * in between: the gateway counts in fixed windows, and the one that refused the first request
	 * is still full. If the pause was still within the wall clock's second that refused it, that
	 * second is taken as the gateway's window: its count is the limit, and its end is when there is
	 * room. Otherwise the windows are not the wall clock's seconds: the rate stays, the ceiling is
	 * lowered to the new count, and the policy pauses halfway to one second after the first
	 * refused request, by which time the window must be over.
	 */
	private State stillFull(State state, long now, long pausedUntil, Refusal refusal) {
		if (state.windows() == Windows.UNKNOWN && this.seesEveryRequest && refusal.sentAt() < state.windowEnd()) {
			long windowStart = state.windowEnd() - WINDOW_NANOS;
			double count = refusal.acceptedFrom(windowStart).length - refusal.acceptedFrom(state.refusedAt() + 1).length;
			// No earlier second of the wall clock may have let more through than the limit this one shows.
			if (count > 0 && refusal.busiestWindowBefore(windowStart) <= count) {
				double ceiling = bounded(count);
				double rate = Math.min(state.rate(), ceiling);
				long resume = Math.max(pausedUntil, state.windowEnd() + JITTER_NANOS);
				return new State(rate, ceiling, rate, Math.max(resume, now), state.startedAt(),
						nanos(MEASURED_PLATEAU_SECONDS), resume, state.refusedAt(), Windows.WALL_CLOCK_SECONDS,
						state.windowEnd(), false);
			}
		}
		double ceiling = bounded(Math.min(state.ceiling(), refusal.acceptedInSecond().length));
		double cutRate = Math.min(state.rate(), ceiling);
		long windowOver = state.refusedAt() + (long) (WINDOW_NANOS * (1 + this.pacingMargin)) + JITTER_NANOS;
		long pause = Math.max(pausedUntil, refusal.sentAt() + (windowOver - refusal.sentAt()) / 2);
		Windows windows = this.seesEveryRequest ? Windows.FIXED : state.windows();
		return new State(cutRate, ceiling, cutRate, Math.max(pause, now), state.startedAt(), state.plateauNanos(),
				pause, state.refusedAt(), windows, state.windowEnd(), false);
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
				state.plateauNanos(), state.pausedUntil(), state.refusedAt(), state.windows(), state.windowEnd(),
				state.measuring());
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

	/**
	 * How long the rate stays at {@code ceiling} before probing above it: the first plateau, or
	 * twice the last one while the ceiling holds.
	 * @param measured whether the gateway's own count proved the ceiling
	 */
	private static long plateau(State state, double ceiling, boolean measured) {
		long first = nanos(measured ? MEASURED_PLATEAU_SECONDS : PLATEAU_SECONDS);
		if (state.slowStart() || Math.abs(ceiling - state.ceiling()) > CONFIRMATION * state.ceiling()) {
			return first;
		}
		return Math.min(Math.max(2 * state.plateauNanos(), first), nanos(MAX_PLATEAU_SECONDS));
	}

	/**
	 * The rate after a cut: a rate far above the ceiling (the overshoot of the slow start) drops to
	 * the ceiling; one near it is cut by the cut factor.
	 */
	private double cutRate(double rate, double ceiling) {
		return (rate > (1 + OVERSHOOT) * ceiling) ? ceiling : bounded(this.options.cutFactor() * Math.min(rate, ceiling));
	}

	/**
	 * The end of the second of the wall clock in which a request sent at {@code sentAt} reached the
	 * gateway, {@code delay} later, as an instant of the limiter's clock (whose nanoseconds count
	 * from the epoch, as {@code Scheduler.now} does).
	 */
	private static long secondEnd(long sentAt, long delay) {
		return (Math.floorDiv(sentAt + delay, WINDOW_NANOS) + 1) * WINDOW_NANOS - delay;
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

	private static long nanos(double seconds) {
		return (long) (seconds * NANOS_PER_SECOND);
	}

	private static double seconds(long nanos) {
		return nanos / NANOS_PER_SECOND;
	}

	private static long saturatedAdd(long instant, long nanos) {
		long sum = instant + nanos;
		return (((instant ^ sum) & (nanos ^ sum)) < 0) ? Long.MAX_VALUE : sum;
	}

	/**
	 * How the gateway counts requests, as far as its replies showed.
	 */
	enum Windows {

		/**
		 * Not known yet: a sliding window of one second is assumed, which is also what a fixed window
		 * needs if its phase is unknown.
		 */
		UNKNOWN,

		/**
		 * Fixed windows that are the seconds of the wall clock, reached half a refused request's round
		 * trip after it was sent (how Mashery, Kong and most gateways count "per second"): the number
		 * accepted in the second of a refusal is the limit, and the second's end is when there is room.
		 */
		WALL_CLOCK_SECONDS,

		/** Fixed windows that are not the wall clock's seconds: counted as {@link #UNKNOWN}. */
		FIXED

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
	 * @param windows how the gateway counts, as far as its replies showed
	 * @param windowEnd when the wall clock's second in which that request reached the gateway ended
	 * @param measuring whether the ceiling is the count of the last cut, which the first request
	 * accepted after the pause proves
	 */
	record State(double rate, double ceiling, double cutRate, long recoveryFrom, long startedAt, long plateauNanos,
			long pausedUntil, long refusedAt, Windows windows, long windowEnd, boolean measuring) {

		boolean slowStart() {
			return Double.isNaN(this.ceiling);
		}

		State pausedUntil(long instant) {
			return new State(this.rate, this.ceiling, this.cutRate, this.recoveryFrom, this.startedAt,
					this.plateauNanos, instant, this.refusedAt, this.windows, this.windowEnd, this.measuring);
		}

	}

	/**
	 * What the policy knows about a refused request.
	 *
	 * @param sentAt when it was sent
	 * @param accepted when the requests sent before it over the last few seconds, and not refused,
	 * were sent, oldest first
	 * @param acceptedSinceRefused whether a request sent after the one whose refusal caused the last
	 * cut was accepted
	 * @param retryAfter the wait the reply asked for, or null
	 */
	record Refusal(long sentAt, long[] accepted, boolean acceptedSinceRefused, @Nullable Duration retryAfter) {

		/** When the accepted requests sent in the second before the refused one were sent, oldest first. */
		long[] acceptedInSecond() {
			return acceptedFrom(this.sentAt - WINDOW_NANOS + 1);
		}

		/** When the accepted requests sent at or after {@code from} were sent, oldest first. */
		long[] acceptedFrom(long from) {
			int start = this.accepted.length;
			while (start > 0 && this.accepted[start - 1] >= from) {
				start--;
			}
			return Arrays.copyOfRange(this.accepted, start, this.accepted.length);
		}

		/**
		 * The most accepted requests in any of the fixed windows of one second that end at or before
		 * {@code windowStart} (one of them starting there, the others whole seconds earlier).
		 */
		int busiestWindowBefore(long windowStart) {
			int busiest = 0;
			int count = 0;
			long window = Long.MIN_VALUE;
			for (long at : this.accepted) {
				if (at >= windowStart) {
					break;
				}
				long index = Math.floorDiv(at - windowStart, WINDOW_NANOS);
				count = (index == window) ? count + 1 : 1;
				window = index;
				busiest = Math.max(busiest, count);
			}
			return busiest;
		}

	}

}
