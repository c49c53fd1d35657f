package io.github.ciscosupport.client.transport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limiter alone, on virtual time.
 */
class RequestRateLimiterTests {

	private static final String EOX = "/supporttools/eox/rest/5/EOXByProductID/1/WS-C3850-48XS-E";

	private static final String PSIRT = "/security/advisories/v2/latest/10";

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	/** The virtual instants, in milliseconds, at which each caller got its permit, by caller. */
	private final List<Long> releasedAt = new ArrayList<>();

	@Test
	void spacesRequestsAtTheConfiguredRateAfterTheBurst() {
		RequestRateLimiter limiter = limiter(5, 3, Map.of());
		acquire(limiter, EOX, 8);
		assertThat(this.releasedAt).containsExactly(0L, 0L, 0L);
		this.scheduler.advanceTimeBy(Duration.ofMillis(999));
		assertThat(this.releasedAt).containsExactly(0L, 0L, 0L, 200L, 400L, 600L, 800L);
		this.scheduler.advanceTimeBy(Duration.ofMillis(1));
		assertThat(this.releasedAt).containsExactly(0L, 0L, 0L, 200L, 400L, 600L, 800L, 1000L);
	}

	@Test
	void refillsWhileIdleUpToTheBurst() {
		RequestRateLimiter limiter = limiter(5, 2, Map.of());
		acquire(limiter, EOX, 2);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(10));
		acquire(limiter, EOX, 3);
		assertThat(this.releasedAt).containsExactly(0L, 0L, 10_000L, 10_000L);
		this.scheduler.advanceTimeBy(Duration.ofMillis(200));
		assertThat(this.releasedAt).endsWith(10_200L);
	}

	@Test
	void thousandWaitingCallersNeedNoThreadOfTheirOwn() {
		RequestRateLimiter limiter = limiter(5, 1, Map.of());
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			limiter.acquire(EOX).subscribe((waited) -> {
				this.releasedAt.add(this.scheduler.now(TimeUnit.MILLISECONDS));
				threads.add(Thread.currentThread());
			});
		}
		assertThat(this.releasedAt).containsExactly(0L);
		this.scheduler.advanceTimeBy(Duration.ofMillis(199_800));
		assertThat(this.releasedAt).isEqualTo(IntStream.range(0, 1_000).mapToObj((i) -> i * 200L).toList());
		assertThat(threads).containsOnly(Thread.currentThread());
	}

	@Test
	void concurrentCallersGetDistinctSlots() throws Exception {
		RequestRateLimiter limiter = limiter(5, 1, Map.of());
		List<Long> released = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<Void>> callers = IntStream.range(0, 4).mapToObj((t) -> threads.submit(() -> {
				start.await();
				for (int i = 0; i < 250; i++) {
					limiter.acquire(EOX).subscribe((waited) -> released.add(this.scheduler.now(TimeUnit.MILLISECONDS)));
				}
				return (Void) null;
			})).toList();
			start.countDown();
			for (Future<Void> caller : callers) {
				caller.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		this.scheduler.advanceTimeBy(Duration.ofMillis(199_800));
		assertThat(released).hasSize(1_000);
		assertThat(released.stream().sorted().toList())
			.isEqualTo(IntStream.range(0, 1_000).mapToObj((i) -> i * 200L).toList());
	}

	@Test
	void reportsHowLongACallerWaited() {
		RequestRateLimiter limiter = limiter(5, 1, Map.of());
		StepVerifier.withVirtualTime(() -> Flux.range(0, 3).flatMap((i) -> limiter.acquire(EOX)), () -> this.scheduler, 3)
			.expectNext(Duration.ZERO)
			.expectNoEvent(Duration.ofMillis(200))
			.expectNext(Duration.ofMillis(200))
			.thenAwait(Duration.ofMillis(200))
			.expectNext(Duration.ofMillis(400))
			.verifyComplete();
	}

	@Test
	void perApiPolicyWithSeveralBandwidths() {
		RequestRateLimiter limiter = limiter(10, 1, Map.of("psirt", ApiRateLimit.PSIRT));
		acquire(limiter, PSIRT, 32);
		this.scheduler.advanceTimeBy(Duration.ofMinutes(2));
		// 5 per second spaces the first 30; 30 per minute holds the 31st until a minute after the first.
		List<Long> expected = new ArrayList<>();
		IntStream.range(0, 30).forEach((i) -> expected.add((i / 5) * 1000L + (i % 5) * 100L));
		expected.add(60_000L);
		expected.add(60_100L);
		assertThat(this.releasedAt).isEqualTo(expected);
	}

	@Test
	void callerHeldByAnApiPolicyDoesNotHoldBackOtherApis() {
		ApiRateLimit onePerMinute = new ApiRateLimit("/security/advisories/",
				List.of(Bandwidth.of(1, Duration.ofMinutes(1))));
		RequestRateLimiter limiter = limiter(5, 1, Map.of("psirt", onePerMinute));
		List<String> order = new ArrayList<>();
		List.of(PSIRT, PSIRT, EOX, EOX).forEach((path) -> limiter.acquire(path).subscribe((waited) -> order
			.add(path.substring(1, 4) + "@" + this.scheduler.now(TimeUnit.MILLISECONDS))));
		this.scheduler.advanceTimeBy(Duration.ofMinutes(1));
		assertThat(order).containsExactly("sec@0", "sup@200", "sup@400", "sec@60000");
	}

	@Test
	void callersAreServedInArrivalOrderAcrossApis() {
		RequestRateLimiter limiter = limiter(5, 1, Map.of("psirt", ApiRateLimit.PSIRT));
		List<String> order = new ArrayList<>();
		List.of(EOX, PSIRT, EOX, PSIRT).forEach((path) -> limiter.acquire(path)
			.subscribe((waited) -> order.add(path.substring(1, 4))));
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(order).containsExactly("sup", "sec", "sup", "sec");
	}

	@Test
	void cancelledCallerGivesItsPlaceBack() {
		RequestRateLimiter limiter = limiter(5, 1, Map.of());
		acquire(limiter, EOX, 1);
		Disposable cancelled = limiter.acquire(EOX).subscribe((waited) -> this.releasedAt.add(-1L));
		acquire(limiter, EOX, 1);
		cancelled.dispose();
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.releasedAt).containsExactly(0L, 200L);
	}

	@Test
	void disabledLimiterNeverWaits() {
		RequestRateLimiter limiter = RequestRateLimiter.create(RateLimitOptions.disabled(), this.scheduler);
		acquire(limiter, EOX, 100);
		assertThat(this.releasedAt).hasSize(100).containsOnly(0L);
	}

	@Test
	void longestPathPrefixWins() {
		ApiRateLimit psirt = new ApiRateLimit("/security/", List.of(Bandwidth.of(100, Duration.ofSeconds(1))));
		ApiRateLimit latest = new ApiRateLimit("/security/advisories/v2/latest/",
				List.of(Bandwidth.of(1, Duration.ofHours(1))));
		RequestRateLimiter limiter = limiter(1000, 1, Map.of("psirt", psirt, "latest", latest));
		acquire(limiter, PSIRT, 2);
		acquire(limiter, "/security/advisories/v2/all", 2);
		this.scheduler.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(this.releasedAt).containsExactly(0L, 1L, 2L);
	}

	@Test
	void aClockInMillisecondsMakesNoPermitLateNorLetsLatenessAddUp() {
		// Schedulers.parallel() reads the wall clock in milliseconds; its timers go off on time.
		Scheduler wallClock = new Scheduler() {

			@Override
			public Disposable schedule(Runnable task) {
				return RequestRateLimiterTests.this.scheduler.schedule(task);
			}

			@Override
			public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
				return RequestRateLimiterTests.this.scheduler.schedule(task, delay, unit);
			}

			@Override
			public long now(TimeUnit unit) {
				return unit.convert(RequestRateLimiterTests.this.scheduler.now(TimeUnit.MILLISECONDS),
						TimeUnit.MILLISECONDS);
			}

			@Override
			public Worker createWorker() {
				return RequestRateLimiterTests.this.scheduler.createWorker();
			}

		};
		RequestRateLimiter limiter = RequestRateLimiter.create(new RateLimitOptions(true, 3, 1, Map.of(), 0), wallClock);
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < 31; i++) {
			limiter.acquire(EOX).subscribe((waited) -> nanos.add(this.scheduler.now(TimeUnit.NANOSECONDS)));
		}
		this.scheduler.advanceTimeBy(Duration.ofSeconds(11));
		// Every permit on the grid of 1 / 3 s (rounded up to the nanosecond), the 31st at 10 s, not a
		// millisecond or so later for each permit before it.
		assertThat(nanos).isEqualTo(IntStream.range(0, 31).mapToObj((i) -> i * 333_333_334L).toList());
	}

	private RequestRateLimiter limiter(double requestsPerSecond, int burst, Map<String, ApiRateLimit> perApi) {
		// No pacing margin, so that the expected instants are round numbers.
		return RequestRateLimiter.create(new RateLimitOptions(true, requestsPerSecond, burst, perApi, 0),
				this.scheduler);
	}

	private void acquire(RequestRateLimiter limiter, String path, int callers) {
		for (int i = 0; i < callers; i++) {
			limiter.acquire(path).subscribe((waited) -> this.releasedAt.add(this.scheduler.now(TimeUnit.MILLISECONDS)));
		}
	}

}
