package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The limiter with an adaptive rate, on virtual time, against gateways with a hidden limit.
 */
class AdaptiveRateLimiterTests {

	private static final String PSIRT = "/security/advisories/v2/latest/10";

	private static final RateLimitOptions FIXED = new RateLimitOptions(true, 5, 1, Map.of());

	private static final RateLimitOptions ADAPTIVE = FIXED.withAdaptive(RateLimitOptions.Adaptive.defaults());

	private static final RateLimitOptions WITH_PSIRT = new RateLimitOptions(true, 5, 1,
			Map.of("psirt", ApiRateLimit.PSIRT)).withAdaptive(RateLimitOptions.Adaptive.defaults());

	private static final Duration ROUND_TRIP = Duration.ofMillis(2);

	@ParameterizedTest(name = "{0}/s, fixed windows from {1} ms past the second")
	@CsvSource({ "2, 0", "2, 450", "8, 0", "8, 250", "8, 450", "8, 650", "20, 0", "20, 350", "20, 650" })
	void learnsAHiddenLimitCountedInFixedWindows(int limit, int phaseMillis) {
		HiddenLimitRun run = new HiddenLimitRun(ADAPTIVE,
				HiddenLimit.fixedWindows(limit, TimeUnit.MILLISECONDS.toNanos(phaseMillis)), ROUND_TRIP, null)
			.run(100, 4);
		assertLearned(run, limit);
	}

	@ParameterizedTest(name = "{0}/s, sliding window")
	@CsvSource({ "2", "8", "20" })
	void learnsAHiddenLimitCountedInASlidingWindow(int limit) {
		HiddenLimitRun run = new HiddenLimitRun(ADAPTIVE, HiddenLimit.slidingWindow(limit), ROUND_TRIP, null).run(100,
				4);
		assertLearned(run, limit);
		// The gateway's own count is exact here: one refusal to learn it, proved by the next request
		// going through, which holds it for 20 s (at 2 per second, 100 calls take 50 s: a few more).
		assertThat(run.refused).isLessThanOrEqualTo((limit == 2) ? 5 : 1);
	}

	@ParameterizedTest(name = "{0}/s in the wall clock's seconds, the job starting {1} ms past one")
	@CsvSource({ "2, 0", "2, 613", "8, 0", "8, 257", "8, 613", "8, 871", "20, 0", "20, 257", "20, 613", "20, 871" })
	void learnsALimitCountedInTheWallClocksSecondsWithinTwoRefusals(int limit, int startMillis) {
		HiddenLimitRun run = new HiddenLimitRun(ADAPTIVE, HiddenLimit.fixedWindows(limit, 0), ROUND_TRIP, null)
			.startingAt(Duration.ofMillis(startMillis))
			.run(100, 16);
		assertThat(run.failed).as(run.toString()).isZero();
		// One refusal to learn the limit, and one more when the first request after the pause
		// finds the window still full: then that second's count is the limit.
		assertThat(run.refused).as(run.toString()).isLessThanOrEqualTo((limit == 2) ? 3 : 2);
		assertThat(run.throughputRatio()).as(run.toString()).isGreaterThanOrEqualTo((limit == 20) ? 0.9 : 0.97);
		assertThat(run.limiter.currentRates().get(RequestRateLimiter.DEFAULT_LANE)).as(run.toString())
			.isBetween(0.7 * limit, (double) limit);
	}

	private static void assertLearned(HiddenLimitRun run, int limit) {
		// Against today's fixed 5 per second: 0.25 of a limit of 20, 0.63 of 8. At 20 per second the
		// job takes 5 s, of which the slow start from 5 per second takes a good part.
		assertThat(run.failed).as(run.toString()).isZero();
		assertThat(run.answered).isEqualTo(100);
		assertThat(run.throughputRatio()).as(run.toString()).isGreaterThanOrEqualTo((limit == 20) ? 0.8 : 0.95);
		// Fixed windows: one refusal shows the limit was passed, not by how much; learning it costs
		// a few (sliding windows: see below).
		assertThat(run.refused).as(run.toString()).isLessThanOrEqualTo((limit == 2) ? 10 : 5);
		assertThat(run.limiter.currentRates().get(RequestRateLimiter.DEFAULT_LANE)).as(run.toString())
			.isBetween(0.7 * limit, 1.2 * limit);
	}

	@Test
	void aFixedRateOfFiveIsWhatTheAdaptiveRateImprovesOn() {
		HiddenLimitRun twenty = new HiddenLimitRun(FIXED, HiddenLimit.slidingWindow(20), ROUND_TRIP, null).run(100, 4);
		assertThat(twenty.throughputRatio()).isCloseTo(0.25, within(0.01));
		HiddenLimitRun two = new HiddenLimitRun(FIXED, HiddenLimit.slidingWindow(2), ROUND_TRIP, null).run(100, 4);
		assertThat(two.refused).isGreaterThan(80);
		assertThat(two.failed).isPositive();
	}

	@Test
	void theSecondJobStartsFromWhatTheFirstLearned() {
		HiddenLimitRun run = new HiddenLimitRun(ADAPTIVE, HiddenLimit.slidingWindow(20), ROUND_TRIP, null).run(100, 4);
		int refused = run.refused;
		run.clock.advanceTimeBy(Duration.ofMinutes(10));
		long secondStarted = run.clock.now(TimeUnit.NANOSECONDS);
		run.run(100, 4);
		double seconds = (run.lastAnsweredAt - secondStarted) / 1e9;
		// No second slow start: close to 5 s for 100 calls. The curve stood still while idle and
		// goes on where it was, so at most the one probe that was due.
		assertThat(seconds).isLessThan(5.3);
		assertThat(run.refused - refused).isLessThanOrEqualTo(1);
	}

	@Test
	void psirtCeilingsHoldWhileTheRateProbesUpward() {
		VirtualTimeScheduler clock = VirtualTimeScheduler.create();
		RequestRateLimiter limiter = RequestRateLimiter.create(WITH_PSIRT, clock);
		List<Long> psirt = new ArrayList<>();
		List<Long> eox = new ArrayList<>();
		// Nothing is ever throttled: both lanes probe upward as far as they are allowed to.
		IntStream.range(0, 60).forEach((i) -> limiter.permit(PSIRT).subscribe((permit) -> {
			psirt.add(clock.now(TimeUnit.MILLISECONDS));
			limiter.replied(permit, false, null);
		}));
		IntStream.range(0, 200).forEach((i) -> limiter.permit(HiddenLimitRun.PATH).subscribe((permit) -> {
			eox.add(clock.now(TimeUnit.MILLISECONDS));
			limiter.replied(permit, false, null);
		}));
		clock.advanceTimeBy(Duration.ofMinutes(3));

		assertThat(eox).hasSize(200);
		// The other APIs went well beyond the starting 5 per second...
		assertThat(eox.get(199) - eox.get(0)).isLessThan(5_000);
		// ...but PSIRT never beyond its 5 per second and 30 per minute.
		assertThat(psirt).hasSize(60);
		assertThat(maxInWindow(psirt, 1_000)).isEqualTo(5);
		assertThat(maxInWindow(psirt, 60_000)).isEqualTo(30);
		assertThat(psirt.get(30)).isGreaterThanOrEqualTo(60_000);
	}

	@Test
	void retryAfterPausesTheThrottledApiOnly() {
		VirtualTimeScheduler clock = VirtualTimeScheduler.create();
		RequestRateLimiter limiter = RequestRateLimiter.create(WITH_PSIRT, clock);
		List<RequestRateLimiter.Permit> first = new ArrayList<>();
		limiter.permit(HiddenLimitRun.PATH).subscribe(first::add);
		clock.advanceTimeBy(Duration.ofMillis(10));
		limiter.replied(first.get(0), true, Duration.ofSeconds(3));

		List<String> released = new ArrayList<>();
		limiter.permit(HiddenLimitRun.PATH)
			.subscribe((permit) -> released.add("eox@" + clock.now(TimeUnit.MILLISECONDS)));
		limiter.permit(PSIRT).subscribe((permit) -> released.add("psirt@" + clock.now(TimeUnit.MILLISECONDS)));
		clock.advanceTimeBy(Duration.ofMillis(2_999));
		assertThat(released).containsExactly("psirt@10");
		clock.advanceTimeBy(Duration.ofMillis(1));
		assertThat(released).containsExactly("psirt@10", "eox@3010");
	}

	@Test
	void currentRatesNameEveryLane() {
		RateLimitOptions options = new RateLimitOptions(true, 5, 1, Map.of("psirt", ApiRateLimit.PSIRT));
		VirtualTimeScheduler clock = VirtualTimeScheduler.create();
		assertThat(RequestRateLimiter.create(options, clock).currentRates()).containsExactly(
				Map.entry(RequestRateLimiter.DEFAULT_LANE, 5.0), Map.entry("psirt", 5.0));
		assertThat(RequestRateLimiter.create(options, clock).isAdaptive()).isFalse();
		RequestRateLimiter adaptive = RequestRateLimiter.create(
				options.withAdaptive(RateLimitOptions.Adaptive.defaults()), clock);
		assertThat(adaptive.isAdaptive()).isTrue();
		assertThat(adaptive.currentRates()).containsOnlyKeys(RequestRateLimiter.DEFAULT_LANE, "psirt");
		assertThat(RequestRateLimiter.create(RateLimitOptions.disabled(), clock).currentRates()).isEmpty();
	}

	@Test
	void everyChangeOfTheRateIsLoggedAtDebugLevel() {
		Logger logger = (Logger) LoggerFactory.getLogger(RequestRateLimiter.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Level level = logger.getLevel();
		logger.addAppender(appender);
		logger.setLevel(Level.DEBUG);
		try {
			new HiddenLimitRun(ADAPTIVE, HiddenLimit.slidingWindow(8), ROUND_TRIP, null).run(20, 4);
		}
		finally {
			logger.detachAppender(appender);
			logger.setLevel(level);
		}
		List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(lines).first()
			.asString()
			.matches("Rate limit 'default': 5\\.00 -> [0-9.]+ requests/s \\(slow start\\)");
		assertThat(lines).filteredOn((line) -> line.contains("throttled"))
			.singleElement()
			.asString()
			.matches("Rate limit 'default': throttled \\(request sent 0\\.002 s ago\\); rate [0-9.]+ -> 8\\.00/s, "
					+ "last good maximum 8\\.00/s, paused for 0\\.[0-9]{3} s");
	}

	@Test
	void withoutAnAdaptiveRateRepliesChangeNothing() {
		VirtualTimeScheduler clock = VirtualTimeScheduler.create();
		RequestRateLimiter limiter = RequestRateLimiter.create(FIXED, clock);
		List<Long> released = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			limiter.permit(HiddenLimitRun.PATH).subscribe((permit) -> {
				released.add(clock.now(TimeUnit.MILLISECONDS));
				limiter.replied(permit, true, Duration.ofSeconds(30));
			});
		}
		clock.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(released).containsExactly(0L, 202L, 404L, 606L, 808L);
	}

	/** The most instants within any window of {@code millis}. */
	private static int maxInWindow(List<Long> instants, long millis) {
		int max = 0;
		for (int i = 0; i < instants.size(); i++) {
			int j = i;
			while (j < instants.size() && instants.get(j) < instants.get(i) + millis) {
				j++;
			}
			max = Math.max(max, j - i);
		}
		return max;
	}

}
