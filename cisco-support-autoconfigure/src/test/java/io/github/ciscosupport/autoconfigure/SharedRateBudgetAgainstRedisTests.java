package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.ciscosupport.autoconfigure.clients.CiscoSupportClientsAutoConfiguration;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.coverage.CoverageStatus;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.redis.RedisServer;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RateLimit;
import io.github.ciscosupport.test.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances (application contexts) with one simulator key, which the simulator limits to 5
 * calls per second, against a real Redis. Real time on purpose: these tests measure pacing
 * against a real server. Each instance looks up 200 serial numbers, 10 per lookup, one lookup
 * after the other: 600 serial lookups in 60 SN2INFO calls, 12 s at 5 per second. Single-serial
 * lookups would take 2 minutes; SN2INFO's 75 per call would make 9 calls, too few for the timing
 * to mean anything.
 */
@CiscoSupportSimulatorTest
class SharedRateBudgetAgainstRedisTests {

	private static final AutoConfigurations REDIS_AND_CLIENTS = AutoConfigurations.of(DataRedisAutoConfiguration.class,
			CiscoSupportRedisRateLimitAutoConfiguration.class, CiscoSupportClientsAutoConfiguration.class);

	private static final int INSTANCES = 3;

	private static final int SERIALS_PER_INSTANCE = 200;

	private static final int SERIALS_PER_LOOKUP = 10;

	private static final int CALLS = INSTANCES * SERIALS_PER_INSTANCE / SERIALS_PER_LOOKUP;

	/**
	 * The tests that only need every lookup answered, or some throttling, run shorter: 6 calls
	 * per instance, 18 in all.
	 */
	private static final int SERIALS_PER_INSTANCE_SHORT = 60;

	private static final int LIMIT_PER_SECOND = 5;

	@Test
	void instancesSharingTheBudgetInRedisAreNeverThrottled(CiscoSupportSimulator simulator) {
		simulator.faults().rateLimit(RateLimit.perSecond(LIMIT_PER_SECOND));
		try (RedisServer redis = RedisServer.start()) {
			List<List<ItemResult<String, CoverageStatus>>> results = runInstances(simulator, redis, "redis",
					SERIALS_PER_INSTANCE, null);

			assertAllAnswered(results, SERIALS_PER_INSTANCE);
			List<RecordedRequest> calls = simulator.requests().calls(Api.SN2INFO);
			assertThat(throttled(calls)).isZero();
			assertThat(calls).hasSize(CALLS);
			// The ideal: 59 intervals of 1/5 s; the instances pace at 1.08 of it (the margin) plus jitter.
			double ratio = span(calls).toNanos() / ((CALLS - 1) * 1e9 / LIMIT_PER_SECOND);
			assertThat(ratio).isBetween(0.95, 1.15);
			// One bucket: the global rate (SN2INFO has no per-API policy).
			assertThat(redis.command("KEYS", "cisco-support:rate-limit:*")).isEqualTo("*1");
		}
	}

	@Test
	void instancesPacingThemselvesLocallyAreThrottled(CiscoSupportSimulator simulator) {
		simulator.faults().rateLimit(RateLimit.perSecond(LIMIT_PER_SECOND));
		List<List<ItemResult<String, CoverageStatus>>> results = runInstances(simulator, null, "local",
				SERIALS_PER_INSTANCE_SHORT, null);

		assertThat(results).hasSize(INSTANCES);
		// Three instances at 5 per second each send 15 per second to a key allowed 5.
		assertThat(throttled(simulator.requests().calls(Api.SN2INFO))).isPositive();
	}

	@Test
	void everyLookupIsAnsweredWhenRedisStopsMidRunAndTheBudgetIsSharedAgainOnceItIsBack(
			CiscoSupportSimulator simulator) {
		simulator.faults().rateLimit(RateLimit.perSecond(LIMIT_PER_SECOND));
		try (RedisServer redis = RedisServer.start()) {
			AtomicInteger lookups = new AtomicInteger();
			List<RequestRateLimiter> limiters = new ArrayList<>();
			List<List<ItemResult<String, CoverageStatus>>> results = runInstances(simulator, redis, "redis",
					SERIALS_PER_INSTANCE_SHORT, (limiter) -> {
						limiters.add(limiter);
						// A third of the way through.
						if (lookups.incrementAndGet() == SERIALS_PER_INSTANCE_SHORT / SERIALS_PER_LOOKUP) {
							redis.stop();
						}
					});

			assertAllAnswered(results, SERIALS_PER_INSTANCE_SHORT);
			assertThat(limiters).allSatisfy((limiter) -> assertThat(limiter.sharedBudgetFallbacks()).isPositive());
		}
	}

	@Test
	void aFrozenRedisDelaysCallsByTheTimeoutAtMostAndTheBudgetIsSharedAgainOnceItThaws(
			CiscoSupportSimulator simulator) {
		List<String> serials = simulator.catalogue().serialNumbers().subList(0, SERIALS_PER_LOOKUP);
		try (RedisServer redis = RedisServer.start()) {
			runner(simulator, redis, "redis").withPropertyValues("cisco.support.rate-limit.redis.timeout=300ms")
				.run((context) -> {
					CoverageClient coverage = context.getBean(CoverageClient.class);
					RequestRateLimiter limiter = context.getBean(RequestRateLimiter.class);
					coverage.statusBySerialNumbers(serials).collectList().block(Duration.ofSeconds(10));
					assertThat(limiter.sharedBudgetFallbacks()).isZero();

					redis.freeze();
					List<ItemResult<String, CoverageStatus>> answered = coverage.statusBySerialNumbers(serials)
						.collectList()
						.block(Duration.ofSeconds(10));
					assertThat(answered).hasSize(SERIALS_PER_LOOKUP).allMatch(ItemResult::isSuccess);
					assertThat(limiter.isSharedBudgetAvailable()).isFalse();
					assertThat(limiter.sharedBudgetFallbacks()).isOne();

					redis.thaw();
					// After the retry interval (1 s), the next call asks Redis again and gets its permit there.
					Flux.range(0, 30)
						.concatMap((lookup) -> coverage.statusBySerialNumbers(serials).collectList())
						.takeUntil((lookup) -> limiter.isSharedBudgetAvailable())
						.blockLast(Duration.ofSeconds(30));
					assertThat(limiter.isSharedBudgetAvailable()).isTrue();
				});
		}
	}

	@Test
	void oneInstancesThrottlingLowersTheAdaptiveRateTheOthersUse(CiscoSupportSimulator simulator) {
		// The key is allowed 3 per second; the adaptive rate starts at 5 and learns it.
		simulator.faults().rateLimit(RateLimit.perSecond(3));
		List<String> serials = simulator.catalogue().serialNumbers();
		try (RedisServer redis = RedisServer.start()) {
			ApplicationContextRunner runner = runner(simulator, redis, "redis")
				.withPropertyValues("cisco.support.rate-limit.adaptive.enabled=true");
			runner.run((throttled) -> runner.run((other) -> {
				CoverageClient coverage = throttled.getBean(CoverageClient.class);
				Flux.range(0, 12)
					.concatMap((lookup) -> coverage
						.statusBySerialNumbers(serials.subList(lookup * SERIALS_PER_LOOKUP, (lookup + 1) * SERIALS_PER_LOOKUP))
						.collectList())
					.blockLast(Duration.ofSeconds(60));
				assertThat(throttled(simulator.requests().calls(Api.SN2INFO))).isPositive();
				double learned = throttled.getBean(RequestRateLimiter.class).currentRate(RequestRateLimiter.DEFAULT_LANE);
				assertThat(learned).isLessThan(4.5);

				// The other instance's next call adopts what the first learned; on its own it
				// would start at 5 and grow.
				other.getBean(CoverageClient.class)
					.statusBySerialNumbers(serials.subList(300, 300 + SERIALS_PER_LOOKUP))
					.collectList()
					.block(Duration.ofSeconds(10));
				assertThat(other.getBean(RequestRateLimiter.class).currentRate(RequestRateLimiter.DEFAULT_LANE))
					.isLessThan(4.5);
			}));
		}
	}

	/**
	 * Runs the instances' lookups at the same time, each instance its lookups one after the other.
	 * @param afterLookup called after each lookup with the instance's limiter, or null
	 */
	private List<List<ItemResult<String, CoverageStatus>>> runInstances(CiscoSupportSimulator simulator,
			RedisServer redis, String store, int serialsPerInstance, Consumer<RequestRateLimiter> afterLookup) {
		List<String> serials = simulator.catalogue().serialNumbers();
		ApplicationContextRunner runner = runner(simulator, redis, store);
		List<List<ItemResult<String, CoverageStatus>>> results = new ArrayList<>();
		List<AssertableApplicationContext> contexts = new ArrayList<>();
		runNested(runner, contexts, () -> {
			List<List<ItemResult<String, CoverageStatus>>> answered = Flux.range(0, INSTANCES)
				.flatMap((instance) -> lookUp(contexts.get(instance), serials, instance, serialsPerInstance, afterLookup)
					.subscribeOn(Schedulers.boundedElastic()), INSTANCES)
				.collectList()
				.block(Duration.ofSeconds(120));
			results.addAll(answered);
		});
		return results;
	}

	private static ApplicationContextRunner runner(CiscoSupportSimulator simulator, RedisServer redis, String store) {
		return new ApplicationContextRunner().withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS)
			.withConfiguration(REDIS_AND_CLIENTS)
			.withPropertyValues("cisco.support.base-url=" + simulator.baseUrl(),
					"cisco.support.token-uri=" + simulator.tokenUri(), "cisco.support.client-id=" + simulator.clientId(),
					"cisco.support.client-secret=" + simulator.clientSecret(), "cisco.support.rate-limit.store=" + store,
					// Three contexts on a shared 2-core machine jitter more than one: a wider margin
					// (calls 216 ms apart) keeps every fixed second of the simulator within 5.
					"cisco.support.rate-limit.pacing-margin=0.08", "cisco.support.rate-limit.redis.retry-interval=1s",
					"spring.data.redis.host=127.0.0.1", CiscoFaults.NESTED_CONTEXTS_QUIET_PERIOD,
					"spring.data.redis.port=" + ((redis != null) ? redis.port() : 6379));
	}

	private static void runNested(ApplicationContextRunner runner, List<AssertableApplicationContext> contexts,
			Runnable body) {
		if (contexts.size() == INSTANCES) {
			body.run();
			return;
		}
		runner.run((context) -> {
			assertThat(context).hasNotFailed();
			contexts.add(context);
			runNested(runner, contexts, body);
		});
	}

	private static reactor.core.publisher.Mono<List<ItemResult<String, CoverageStatus>>> lookUp(
			AssertableApplicationContext context, List<String> serials, int instance, int serialsPerInstance,
			Consumer<RequestRateLimiter> afterLookup) {
		CoverageClient coverage = context.getBean(CoverageClient.class);
		RequestRateLimiter limiter = context.getBean(RequestRateLimiter.class);
		List<String> mine = serials.subList(instance * serialsPerInstance, (instance + 1) * serialsPerInstance);
		return Flux.range(0, serialsPerInstance / SERIALS_PER_LOOKUP)
			.concatMap((lookup) -> coverage
				.statusBySerialNumbers(mine.subList(lookup * SERIALS_PER_LOOKUP, (lookup + 1) * SERIALS_PER_LOOKUP))
				.collectList()
				.doOnNext((answered) -> {
					if (afterLookup != null) {
						afterLookup.accept(limiter);
					}
				}))
			.flatMapIterable((answered) -> answered)
			.collectList();
	}

	private static void assertAllAnswered(List<List<ItemResult<String, CoverageStatus>>> results,
			int serialsPerInstance) {
		assertThat(results).hasSize(INSTANCES)
			.allSatisfy((answered) -> assertThat(answered).hasSize(serialsPerInstance)
				.allSatisfy((result) -> assertThat(result.isSuccess()).as(result.toString()).isTrue()));
	}

	private static long throttled(List<RecordedRequest> calls) {
		return calls.stream().filter((call) -> call.status() != 200).count();
	}

	private static Duration span(List<RecordedRequest> calls) {
		return Duration.between(calls.get(0).time(), calls.get(calls.size() - 1).time());
	}

}
