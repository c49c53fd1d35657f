package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Limiters that take their permits from one {@link SharedRateBudget}, on virtual time; the Redis
 * budget itself is tested against a real Redis in the auto-configuration module.
 */
class SharedRateLimiterTests {

	private static final String EOX = "/supporttools/eox/rest/5/EOXByProductID/1/WS-C3850-48XS-E";

	private static final String PSIRT = "/security/advisories/v2/latest/10";

	private static final Duration TIMEOUT = Duration.ofMillis(500);

	private static final Duration RETRY = Duration.ofSeconds(5);

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	private final InMemoryBudget budget = new InMemoryBudget(this.scheduler);

	private final List<Long> releasedAt = new ArrayList<>();

	private final Logger logger = (Logger) LoggerFactory.getLogger(RequestRateLimiter.class);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	SharedRateLimiterTests() {
		this.logged.start();
		this.logger.addAppender(this.logged);
	}

	@AfterEach
	void detachLog() {
		this.logger.detachAppender(this.logged);
	}

	@Test
	void instancesShareOneGlobalRate() {
		RequestRateLimiter first = limiter(Map.of());
		RequestRateLimiter second = limiter(Map.of());
		for (int i = 0; i < 5; i++) {
			acquire(first, EOX);
			acquire(second, EOX);
		}
		this.scheduler.advanceTimeBy(Duration.ofSeconds(2));
		// Two local limiters would release 0, 0, 200, 200, ...: ten slots of one 5/s budget instead.
		assertThat(this.releasedAt).containsExactly(0L, 200L, 400L, 600L, 800L, 1000L, 1200L, 1400L, 1600L, 1800L);
		assertThat(first.isShared()).isTrue();
		assertThat(first.sharedBudgetFallbacks()).isZero();
	}

	@Test
	void perApiBandwidthsAreSharedAsEvenSpacing() {
		RequestRateLimiter first = limiter(Map.of("psirt", ApiRateLimit.PSIRT));
		RequestRateLimiter second = limiter(Map.of("psirt", ApiRateLimit.PSIRT));
		acquire(first, PSIRT);
		acquire(second, PSIRT);
		acquire(first, PSIRT);
		acquire(second, EOX);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(10));
		// 30 per minute across both instances: one PSIRT call every 2 s; EOX only takes the global rate.
		assertThat(this.releasedAt).containsExactly(0L, 600L, 2000L, 4000L);
	}

	@Test
	void fallsBackToTheLocalLimitWhileTheBudgetFailsAndReturnsAfterTheRetryInterval() {
		RequestRateLimiter limiter = limiter(Map.of());
		this.budget.failing = true;
		for (int i = 0; i < 3; i++) {
			acquire(limiter, EOX);
		}
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.releasedAt).containsExactly(0L, 200L, 400L);
		assertThat(limiter.isSharedBudgetAvailable()).isFalse();
		assertThat(limiter.sharedBudgetFallbacks()).isEqualTo(1);
		assertThat(warnings()).hasSize(1);
		this.budget.failing = false;
		acquire(limiter, EOX);
		assertThat(this.budget.reservations).isZero();
		this.scheduler.advanceTimeBy(RETRY);
		acquire(limiter, EOX);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.budget.reservations).isEqualTo(1);
		assertThat(limiter.isSharedBudgetAvailable()).isTrue();
		assertThat(warnings()).hasSize(1);
		assertThat(this.releasedAt).hasSize(5);
	}

	@Test
	void aBudgetThatDoesNotAnswerDelaysACallByTheTimeoutAtMost() {
		RequestRateLimiter limiter = limiter(Map.of());
		this.budget.hanging = true;
		acquire(limiter, EOX);
		this.scheduler.advanceTimeBy(TIMEOUT.minusMillis(1));
		assertThat(this.releasedAt).isEmpty();
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.releasedAt).containsExactly(500L);
		assertThat(limiter.isSharedBudgetAvailable()).isFalse();
		// Until the retry interval has passed, calls do not wait for the store at all.
		acquire(limiter, EOX);
		this.scheduler.advanceTimeBy(Duration.ofMillis(200));
		assertThat(this.releasedAt).containsExactly(500L, 700L);
	}

	@Test
	void cancelledCallerGivesItsSharedPermitBack() {
		RequestRateLimiter first = limiter(Map.of());
		RequestRateLimiter second = limiter(Map.of());
		acquire(first, EOX);
		Disposable cancelled = first.acquire(EOX).subscribe((waited) -> this.releasedAt.add(-1L));
		cancelled.dispose();
		acquire(second, EOX);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.budget.givenBack).isEqualTo(1);
		assertThat(this.releasedAt).containsExactly(0L, 200L);
	}

	@Test
	void oneInstancesThrottlingLowersTheRateTheOthersUse() {
		RateLimitOptions options = new RateLimitOptions(true, 5, 1, Map.of(), 0)
			.withAdaptive(RateLimitOptions.Adaptive.defaults());
		RequestRateLimiter throttled = RequestRateLimiter.create(options, this.scheduler, this.budget, TIMEOUT, RETRY);
		RequestRateLimiter other = RequestRateLimiter.create(options, this.scheduler, this.budget, TIMEOUT, RETRY);
		List<RequestRateLimiter.Permit> permits = new ArrayList<>();
		throttled.permit(EOX).subscribe(permits::add);
		other.permit(EOX).subscribe(permits::add);
		this.scheduler.advanceTimeBy(Duration.ofMillis(200));
		double before = other.currentRate(RequestRateLimiter.DEFAULT_LANE);
		throttled.replied(permits.get(0), true, null);
		double cut = throttled.currentRate(RequestRateLimiter.DEFAULT_LANE);
		assertThat(cut).isLessThan(0.75 * before);
		// The next permit of the throttled instance publishes its cut; the other adopts it with its next.
		throttled.permit(EOX).subscribe(permits::add);
		other.permit(EOX).subscribe(permits::add);
		assertThat(this.budget.rate(RequestRateLimiter.ADAPTIVE_BUCKET + RequestRateLimiter.DEFAULT_LANE)).isCloseTo(cut, within(0.01));
		assertThat(other.currentRate(RequestRateLimiter.DEFAULT_LANE)).isCloseTo(cut, within(0.01));
	}

	@Test
	void anAdaptiveLaneThatIsNotPausedDoesNotWait() {
		// A clock far from zero, as a real one is: an unpaused lane must not wait "until never".
		this.scheduler.advanceTimeBy(Duration.ofDays(1));
		RateLimitOptions options = new RateLimitOptions(true, 5, 1, Map.of(), 0)
			.withAdaptive(RateLimitOptions.Adaptive.defaults());
		RequestRateLimiter limiter = RequestRateLimiter.create(options, this.scheduler, this.budget, TIMEOUT, RETRY);
		acquire(limiter, EOX);
		assertThat(this.releasedAt).containsExactly(Duration.ofDays(1).toMillis());
	}

	@Test
	void anAdaptiveInstanceStartingLaterDoesNotResetTheLearnedRate() {
		RateLimitOptions options = new RateLimitOptions(true, 5, 1, Map.of(), 0)
			.withAdaptive(RateLimitOptions.Adaptive.defaults());
		RequestRateLimiter first = RequestRateLimiter.create(options, this.scheduler, this.budget, TIMEOUT, RETRY);
		List<RequestRateLimiter.Permit> permits = new ArrayList<>();
		first.permit(EOX).subscribe(permits::add);
		this.scheduler.advanceTimeBy(Duration.ofMillis(200));
		first.replied(permits.get(0), true, null);
		first.permit(EOX).subscribe(permits::add);
		double learned = this.budget.rate(RequestRateLimiter.ADAPTIVE_BUCKET + RequestRateLimiter.DEFAULT_LANE);
		RequestRateLimiter later = RequestRateLimiter.create(options, this.scheduler, this.budget, TIMEOUT, RETRY);
		later.permit(EOX).subscribe(permits::add);
		assertThat(this.budget.rate(RequestRateLimiter.ADAPTIVE_BUCKET + RequestRateLimiter.DEFAULT_LANE)).isEqualTo(learned);
		assertThat(later.currentRate(RequestRateLimiter.DEFAULT_LANE)).isCloseTo(learned, within(0.01));
	}

	private List<ILoggingEvent> warnings() {
		return this.logged.list.stream().filter((event) -> event.getLevel() == Level.WARN).toList();
	}

	private RequestRateLimiter limiter(Map<String, ApiRateLimit> perApi) {
		// No pacing margin, so that the expected instants are round numbers.
		return RequestRateLimiter.create(new RateLimitOptions(true, 5, 1, perApi, 0), this.scheduler, this.budget,
				TIMEOUT, RETRY);
	}

	private void acquire(RequestRateLimiter limiter, String path) {
		limiter.acquire(path).subscribe((waited) -> this.releasedAt.add(this.scheduler.now(TimeUnit.MILLISECONDS)));
	}

}
