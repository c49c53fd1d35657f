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

	private final AdaptiveRate controller = new AdaptiveRate(RateLimitOptions.Adaptive.defaults(), 0, true);

	@Test
	void slowStartGrowsSixteenfoldPerSecondFromTheConfiguredRate() {
		State state = this.controller.at(this.controller.initial(5), 0, BUSY);
		assertThat(state.rate()).isEqualTo(5);
		assertThat(state.slowStart()).isTrue();
		assertThat(this.controller.at(state, SECOND / 2, BUSY).rate()).isCloseTo(20, within(1e-9));
		assertThat(this.controller.at(state, SECOND, BUSY).rate()).isCloseTo(80, within(1e-9));
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
		assertThat(fast.rate()).isEqualTo(80);
		// 20 accepted in the second before the refused request, the last 10 of them 25 ms apart.
		long sentAt = SECOND;
		long[] accepted = LongStream.concat(LongStream.range(0, 10).map((i) -> 100 * MS + i * 50 * MS),
				LongStream.range(0, 10).map((i) -> 750 * MS + i * 25 * MS)).toArray();
		State cut = this.controller.throttled(fast, SECOND + 2 * MS, new Refusal(sentAt, accepted, false, null));

		assertThat(cut.slowStart()).isFalse();
		assertThat(cut.ceiling()).isEqualTo(20);
		// 80 is far above what went through: straight to the ceiling, not to 0.7 x 80.
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
	void aSecondRefusalWithinTheWallClocksSecondTakesThatSecondsCountAsTheLimit() {
		WallClockCase discovery = new WallClockCase(this.controller, 10);
		State cut = discovery.cut();
		// A sliding window is assumed first: 26 went through in the second before the refusal.
		assertThat(cut.windows()).isEqualTo(AdaptiveRate.Windows.UNKNOWN);
		assertThat(cut.ceiling()).isEqualTo(26);
		assertThat(cut.measuring()).isTrue();
		// The refused request reached the gateway 1 ms after it was sent (half the 2 ms round
		// trip), in the second of the wall clock that ends at 11 s: 10.999 s as sent.
		assertThat(cut.windowEnd()).isEqualTo(10_999 * MS);
		assertThat(cut.recoveryFrom()).isBetween(discovery.refusedAt, cut.windowEnd());

		State full = discovery.stillFull(cut);
		// The window is still full where a sliding one would have had room: fixed windows, the
		// wall clock's seconds, and 16 went through in the refused request's second.
		assertThat(full.windows()).isEqualTo(AdaptiveRate.Windows.WALL_CLOCK_SECONDS);
		assertThat(full.ceiling()).isEqualTo(16);
		assertThat(full.rate()).isEqualTo(16);
		assertThat(full.pausedUntil()).isEqualTo(11_019 * MS);
		assertThat(full.recoveryFrom()).isEqualTo(11_019 * MS);
		assertThat(full.plateauNanos()).isEqualTo(20 * SECOND);
		assertThat(full.refusedAt()).isEqualTo(discovery.refusedAt);
	}

	@Test
	void anEarlierSecondThatLetMoreThroughShowsTheWindowsAreNotTheWallClocks() {
		// 20 accepted in the second of the wall clock before, more than the 16 of the refused one.
		WallClockCase discovery = new WallClockCase(this.controller, 20);
		State cut = discovery.cut();
		State full = discovery.stillFull(cut);
		assertThat(full.windows()).isEqualTo(AdaptiveRate.Windows.FIXED);
		// The window is still full: the ceiling and the rate go down to what went through in the
		// second before the second refusal (23), no lower.
		assertThat(cut.rate()).isEqualTo(27);
		assertThat(full.ceiling()).isEqualTo(23);
		assertThat(full.rate()).isEqualTo(23);
		long windowOver = discovery.refusedAt + SECOND + 20 * MS;
		assertThat(full.pausedUntil()).isEqualTo(discovery.stillFullAt + (windowOver - discovery.stillFullAt) / 2);
	}

	@Test
	void aRefusalAfterTheWallClocksSecondEndedShowsTheWindowsAreNotTheWallClocks() {
		WallClockCase discovery = new WallClockCase(this.controller, 10);
		State full = discovery.stillFull(discovery.cut());
		long resumedAt = full.pausedUntil();
		State refused = this.controller.throttled(this.controller.at(full, resumedAt + 2 * MS, BUSY),
				resumedAt + 2 * MS, new Refusal(resumedAt, discovery.accepted, false, null));
		assertThat(refused.windows()).isEqualTo(AdaptiveRate.Windows.FIXED);
		assertThat(refused.pausedUntil()).isGreaterThan(resumedAt);
	}

	@Test
	void inTheWallClocksSecondsARefusalTakesTheCountOfItsSecondAndPausesToItsEnd() {
		State probing = new State(24, 16, 16, 12 * SECOND, 9 * SECOND, 20 * SECOND, 12 * SECOND, 10_400 * MS,
				AdaptiveRate.Windows.WALL_CLOCK_SECONDS, 10_999 * MS, false);
		// 15 accepted in the second before, then 18 at 24 per second in this one.
		long[] accepted = LongStream.concat(LongStream.range(0, 15).map((i) -> 38_990 * MS + i * 66 * MS),
				LongStream.range(0, 18).map((i) -> 40_000 * MS + i * 41 * MS)).toArray();
		long sentAt = 40_730 * MS;
		// Answered 40 ms later: it reached the gateway at 40.750 s, in the second ending at 41 s.
		State cut = this.controller.throttled(this.controller.at(probing, sentAt + 40 * MS, BUSY), sentAt + 40 * MS,
				new Refusal(sentAt, accepted, false, null));
		assertThat(cut.windows()).isEqualTo(AdaptiveRate.Windows.WALL_CLOCK_SECONDS);
		assertThat(cut.windowEnd()).isEqualTo(40_980 * MS);
		assertThat(cut.ceiling()).isEqualTo(18);
		assertThat(cut.rate()).isEqualTo(18);
		assertThat(cut.pausedUntil()).isEqualTo(41_000 * MS);
		// 18 is within 15 % of the 16 known before: confirmed, the plateau doubles.
		assertThat(cut.plateauNanos()).isEqualTo(40 * SECOND);
	}

	@Test
	void theFirstRequestAcceptedAfterThePauseProvesTheCountThatSetTheCeiling() {
		State cut = new WallClockCase(this.controller, 10).cut();
		assertThat(cut.plateauNanos()).isEqualTo(5 * SECOND);
		assertThat(this.controller.accepted(cut, cut.recoveryFrom() - MS)).isEqualTo(cut);
		State proved = this.controller.accepted(cut, cut.recoveryFrom());
		assertThat(proved.plateauNanos()).isEqualTo(20 * SECOND);
		assertThat(proved.measuring()).isFalse();
		assertThat(proved.rate()).isEqualTo(cut.rate());
		// A ceiling set below the count (5 % under the refused rate) is not the gateway's count.
		State belowCount = this.controller.throttled(cruising(20, 20.5), 100 * SECOND, refusal(100 * SECOND, 20));
		assertThat(belowCount.measuring()).isFalse();
	}

	@Test
	void withTheBudgetSharedNoCountOfThisInstanceIsTakenAsTheGateways() {
		AdaptiveRate shared = new AdaptiveRate(RateLimitOptions.Adaptive.defaults(), 0, false);
		WallClockCase discovery = new WallClockCase(shared, 10);
		State cut = discovery.cut();
		assertThat(cut.measuring()).isFalse();
		State full = discovery.stillFull(cut);
		assertThat(full.windows()).isEqualTo(AdaptiveRate.Windows.UNKNOWN);
		assertThat(full.plateauNanos()).isEqualTo(5 * SECOND);
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

	/**
	 * The slow start refused at 10.400 s, answered 2 ms later: {@code earlier} accepted in the
	 * wall clock's second before (from 9.000 s, 50 ms apart), and 16 in the refused one (from
	 * 10.000 s, 25 ms apart); then the first request after the pause refused too.
	 */
	private static final class WallClockCase {

		final long refusedAt = 10_400 * MS;

		final long[] accepted;

		final AdaptiveRate controller;

		long stillFullAt;

		WallClockCase(AdaptiveRate controller, int earlier) {
			this.controller = controller;
			this.accepted = LongStream.concat(LongStream.range(0, earlier).map((i) -> 9_950 * MS - i * 50 * MS).sorted(),
					LongStream.range(0, 16).map((i) -> 10_000 * MS + i * 25 * MS)).toArray();
		}

		State cut() {
			State fast = this.controller.at(this.controller.at(this.controller.initial(5), 9 * SECOND, BUSY),
					this.refusedAt + 2 * MS, BUSY);
			return this.controller.throttled(fast, this.refusedAt + 2 * MS,
					new Refusal(this.refusedAt, this.accepted, false, null));
		}

		State stillFull(State cut) {
			this.stillFullAt = cut.recoveryFrom();
			return this.controller.throttled(this.controller.at(cut, this.stillFullAt + 2 * MS, BUSY),
					this.stillFullAt + 2 * MS, new Refusal(this.stillFullAt, this.accepted, false, null));
		}

	}

	/** A state after the slow start, at the given ceiling, the rate now at {@code rate}. */
	private State cruising(double ceiling, double rate) {
		State state = this.controller.at(this.controller.initial(ceiling), 0, BUSY);
		state = this.controller.throttled(state, 0, new Refusal(0, spread(0, (int) ceiling), false, null));
		return new State(rate, ceiling, state.cutRate(), state.recoveryFrom(), state.startedAt(),
				state.plateauNanos(), state.pausedUntil(), state.refusedAt(), state.windows(), state.windowEnd(), state.measuring());
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
