package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import io.github.ciscosupport.client.transport.AdaptiveRate.Refusal;
import io.github.ciscosupport.client.transport.AdaptiveRate.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The controller alone: pure steps on a state, with instants in nanoseconds.
 */
class AdaptiveRateTests {

	private static final long MS = 1_000_000L;

	private static final long SECOND = 1_000 * MS;

	/** A sending rate that never binds the cap. */
	private static final double BUSY = 1_000;

	private final AdaptiveRate controller = new AdaptiveRate(RateLimitOptions.Adaptive.defaults(), 0);

	@Test
	void slowStartGrowsEightfoldPerSecondFromTheConfiguredRate() {
		State state = this.controller.at(this.controller.initial(5), 0, BUSY);
		assertThat(state.rate()).isEqualTo(5);
		assertThat(state.slowStart()).isTrue();
		assertThat(this.controller.at(state, SECOND / 2, BUSY).rate()).isCloseTo(5 * Math.sqrt(8), within(1e-9));
		assertThat(this.controller.at(state, SECOND, BUSY).rate()).isCloseTo(40, within(1e-9));
	}

	@Test
	void rateStaysWithinTwiceWhatWasSentAndTheBounds() {
		State state = this.controller.at(this.controller.initial(5), 0, BUSY);
		// Sending 4 per second: at most 8, whatever the slow start allows.
		assertThat(this.controller.at(state, SECOND, 4).rate()).isEqualTo(8);
		// Nothing sent: the rate does not fall below where it is.
		assertThat(this.controller.at(state, SECOND, 0).rate()).isEqualTo(5);
		// The maximum, 100 by default, and the minimum, 0.5.
		assertThat(this.controller.at(state, 10 * SECOND, BUSY).rate()).isEqualTo(100);
		assertThat(this.controller.initial(0.1).rate()).isEqualTo(0.5);
	}

	@Test
	void throttlingAfterTheSlowStartDropsToTheCountTheGatewayAccepted() {
		State fast = this.controller.at(this.controller.at(this.controller.initial(5), 0, BUSY), SECOND, BUSY);
		assertThat(fast.rate()).isEqualTo(40);
		// 20 accepted in the second before the refused request, the last 10 of them 25 ms apart.
		long sentAt = SECOND;
		long[] accepted = LongStream.concat(LongStream.range(0, 10).map((i) -> 100 * MS + i * 50 * MS),
				LongStream.range(0, 10).map((i) -> 750 * MS + i * 25 * MS)).toArray();
		State cut = this.controller.throttled(fast, SECOND + 2 * MS, new Refusal(sentAt, accepted, false, null));

		assertThat(cut.slowStart()).isFalse();
		assertThat(cut.ceiling()).isEqualTo(20);
		// 40 is far above what went through: straight to the ceiling, not to 0.7 x 40.
		assertThat(cut.rate()).isEqualTo(20);
		// Calls 50 ms apart from the resumption keep every second at 20: the k-th may go once the
		// k-th oldest accepted is a second old (plus 20 ms for jitter). The first of the burst at
		// the end (at 750 ms, the 11th) sets the pause: 1750 ms - 10 x 50 ms + 20 ms.
		assertThat(cut.pausedUntil()).isEqualTo(1_270 * MS);
		assertThat(cut.recoveryFrom()).isEqualTo(1_270 * MS);
		assertThat(cut.refusedAt()).isEqualTo(sentAt);
	}

	@Test
	void throttlingNearTheCeilingCutsByTheCutFactorThenRecoversAlongTheCubic() {
		State atCeiling = cruising(25, 20.5);
		State cut = this.controller.throttled(atCeiling, 100 * SECOND, refusal(100 * SECOND, 20));
		// The ceiling: what went through (20), at most 5 % below the refused rate (19.475).
		assertThat(cut.ceiling()).isCloseTo(19.475, within(1e-9));
		assertThat(cut.rate()).isCloseTo(0.7 * 19.475, within(1e-9));
		long from = cut.recoveryFrom();
		// Back to the ceiling after K = cbrt((1 - 0.7) / 0.02) s, whatever the ceiling.
		double k = Math.cbrt(0.3 / 0.02);
		assertThat(rateAt(cut, from)).isCloseTo(0.7 * 19.475, within(1e-9));
		assertThat(rateAt(cut, from + (long) (k / 2 * SECOND))).isBetween(0.7 * 19.475, 19.475);
		assertThat(rateAt(cut, from + (long) (k * SECOND))).isCloseTo(19.475, within(1e-6));
		// A plateau of 5 s at the ceiling, then probing above it.
		assertThat(rateAt(cut, from + (long) ((k + 4.9) * SECOND))).isCloseTo(19.475, within(1e-9));
		assertThat(rateAt(cut, from + (long) ((k + 7) * SECOND))).isCloseTo(19.475 * (1 + 0.02 * 8), within(1e-6));
	}

	@Test
	void replyToARequestSentBeforeTheCutChangesNothingButItsRetryAfterPauses() {
		State cut = this.controller.throttled(cruising(20, 20.5), 100 * SECOND, refusal(100 * SECOND, 20));
		State stale = this.controller.throttled(cut, 100 * SECOND + 5 * MS, refusal(100 * SECOND - 40 * MS, 19));
		assertThat(stale).isEqualTo(cut);
		State paused = this.controller.throttled(cut, 100 * SECOND + 5 * MS,
				new Refusal(100 * SECOND - 40 * MS, new long[0], false, Duration.ofSeconds(3)));
		assertThat(paused.pausedUntil()).isEqualTo(103 * SECOND + 5 * MS);
		assertThat(paused.rate()).isEqualTo(cut.rate());
		assertThat(paused.ceiling()).isEqualTo(cut.ceiling());
	}

	@Test
	void retryAfterPausesAtLeastAsLongAsAsked() {
		State cut = this.controller.throttled(cruising(20, 20.5), 100 * SECOND,
				new Refusal(100 * SECOND, spread(100 * SECOND, 20), false, Duration.ofSeconds(2)));
		assertThat(cut.pausedUntil()).isEqualTo(102 * SECOND);
		assertThat(cut.recoveryFrom()).isEqualTo(102 * SECOND);
	}

	@Test
	void secondRefusalWhileTheFixedWindowIsStillFullWaitsHalfwayToItsEnd() {
		State cut = this.controller.throttled(cruising(20, 24), 100 * SECOND, refusal(100 * SECOND, 23));
		long next = cut.recoveryFrom() + 10 * MS;
		State full = this.controller.throttled(this.controller.at(cut, next + MS, BUSY), next + MS,
				new Refusal(next, spread(next, 22), false, null));
		assertThat(full.rate()).isCloseTo(cut.rate(), within(0.1));
		assertThat(full.ceiling()).isEqualTo(22);
		// The window that refused the request sent at 100 s ends by 101 s (plus 20 ms for jitter).
		assertThat(full.pausedUntil()).isEqualTo(next + (101 * SECOND + 20 * MS - next) / 2);
		assertThat(full.refusedAt()).isEqualTo(100 * SECOND);
		// With a request accepted in between, it is a new refusal: a new cut.
		State again = this.controller.throttled(this.controller.at(cut, next + MS, BUSY), next + MS,
				new Refusal(next, spread(next, 22), true, null));
		assertThat(again.refusedAt()).isEqualTo(next);
		assertThat(again.rate()).isLessThan(cut.rate());
	}

	@Test
	void plateauDoublesWhileTheCeilingHoldsAndResetsWhenItMoves() {
		State state = cruising(20, 21);
		long now = 100 * SECOND;
		long[] plateaus = new long[7];
		for (int i = 0; i < plateaus.length; i++) {
			state = this.controller.throttled(this.controller.at(state, now, BUSY), now, refusal(now, 20));
			plateaus[i] = state.plateauNanos() / SECOND;
			now += 200 * SECOND;
		}
		assertThat(plateaus).containsExactly(10, 20, 40, 60, 60, 60, 60);
		State moved = this.controller.throttled(this.controller.at(state, now, BUSY), now, refusal(now, 12));
		assertThat(moved.plateauNanos()).isEqualTo(5 * SECOND);
	}

	@Test
	void idleTimeFreezesTheCurves() {
		State cut = this.controller.throttled(cruising(20, 20.5), 100 * SECOND, refusal(100 * SECOND, 20));
		long later = cut.recoveryFrom() + SECOND;
		double rate = rateAt(cut, later);
		State idle = this.controller.idle(cut, 60 * SECOND);
		// Idle for 60 s beyond the second that does not count: the curve is where it was 59 s ago.
		assertThat(rateAt(idle, later + 59 * SECOND)).isCloseTo(rate, within(1e-9));
		assertThat(this.controller.idle(cut, SECOND)).isEqualTo(cut);
	}

	/** A state after the slow start, at the given ceiling, the rate now at {@code rate}. */
	private State cruising(double ceiling, double rate) {
		State state = this.controller.at(this.controller.initial(ceiling), 0, BUSY);
		state = this.controller.throttled(state, 0, new Refusal(0, spread(0, (int) ceiling), false, null));
		return new State(rate, ceiling, state.cutRate(), state.recoveryFrom(), state.startedAt(),
				state.plateauNanos(), state.pausedUntil(), state.refusedAt());
	}

	private double rateAt(State state, long now) {
		return this.controller.at(state, now, BUSY).rate();
	}

	private static Refusal refusal(long sentAt, int accepted) {
		return new Refusal(sentAt, spread(sentAt, accepted), false, null);
	}

	/** {@code count} instants evenly spread over the second before {@code end}. */
	private static long[] spread(long end, int count) {
		return LongStream.range(0, count).map((i) -> end - SECOND + (i + 1) * (SECOND / (count + 1))).toArray();
	}

}
