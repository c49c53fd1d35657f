package io.github.ciscosupport.autoconfigure.quota;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.health.CiscoSupportHealthContributorAutoConfiguration;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.transport.QuotaState;
import io.github.ciscosupport.test.redis.RedisServer;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RateLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The daily-quota state shared through a real Redis: three application contexts with one Cisco
 * key; when Cisco tells one of them {@code ERR_403_DEVELOPER_OVER_RATE}, the other two fail fast
 * without calling, and the health of each shows it. With
 * {@code cisco.support.rate-limit.daily-budget} they send exactly the budget between them, counted
 * in Redis, and then every one fails fast; with Redis down or frozen, calls still go, counted in
 * each process.
 */
class CiscoSupportSharedQuotaAutoConfigurationTests {

	private static CiscoSupportSimulator simulator;

	private static RedisServer redis;

	@BeforeAll
	static void start() {
		simulator = CiscoSupportSimulator.start();
		redis = RedisServer.start();
	}

	@AfterAll
	static void stop() {
		simulator.close();
		redis.close();
	}

	@BeforeEach
	void reset() {
		simulator.reset();
		redis.command("FLUSHALL");
	}

	private ApplicationContextRunner instance(String store, String... properties) {
		return new ApplicationContextRunner().withConfiguration(CiscoFaults.CORE)
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
					DataRedisReactiveAutoConfiguration.class, CiscoSupportSharedQuotaAutoConfiguration.class,
					CiscoSupportHealthContributorAutoConfiguration.class))
			// Several contexts are open at once: closing them one after the other with no quiet
			// period can hang on Reactor Netty's global resources, so they keep the default.
			.withPropertyValues(CiscoFaults.NESTED_CONTEXTS_QUIET_PERIOD, "cisco.support.rate-limit.store=" + store,
					"cisco.support.rate-limit.enabled=false", "cisco.support.retry.max-attempts=1",
					"spring.data.redis.host=" + redis.host(), "spring.data.redis.port=" + redis.port(),
					"cisco.support.base-url=" + simulator.baseUrl(), "cisco.support.token-uri=" + simulator.tokenUri(),
					"cisco.support.client-id=" + simulator.clientId(),
					"cisco.support.client-secret=" + simulator.clientSecret())
			.withPropertyValues(properties);
	}

	@Test
	void overRateSeenByOneInstanceStopsTheOtherTwoWithoutACall() {
		simulator.faults().rateLimit(Api.EOX, RateLimit.perDay(1));
		List<String> serial = simulator.catalogue().serialNumbers().subList(0, 1);
		ApplicationContextRunner instance = instance("redis");
		instance.run((first) -> instance.run((second) -> instance.run((third) -> {
			lookUp(first, serial);
			assertThatExceptionOfType(QuotaExceededException.class).isThrownBy(() -> lookUp(first, serial));
			assertThat(simulator.requests().apiCalls()).isEqualTo(2);
			simulator.requests().clear();

			for (AssertableApplicationContext other : List.of(second, third)) {
				assertThatExceptionOfType(QuotaExceededException.class).isThrownBy(() -> lookUp(other, serial))
					.withMessageContaining("not sent");
				assertThatExceptionOfType(QuotaExceededException.class)
					.isThrownBy(() -> other.getBean(CiscoSupportClient.class)
						.productInfo()
						.bySerialNumbers(serial)
						.blockLast())
					.withMessageContaining("not sent");
				Health health = health(other);
				assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				assertThat(health.getDetails()).containsEntry("error", CiscoFaults.OVER_RATE)
					.containsKeys("quotaExhaustedAt", "quotaResetsAt");
			}
			assertThat(simulator.requests().apiCalls()).isZero();
		})));
	}

	@Test
	void withTheLocalStoreEachInstanceFindsOutForItselfAndThenFailsFast() {
		simulator.faults().rateLimit(Api.EOX, RateLimit.perDay(1));
		List<String> serial = simulator.catalogue().serialNumbers().subList(0, 1);
		ApplicationContextRunner instance = instance("local");
		instance.run((first) -> instance.run((second) -> {
			assertThat(first).doesNotHaveBean(QuotaState.class);
			lookUp(first, serial);
			assertThatExceptionOfType(QuotaExceededException.class).isThrownBy(() -> lookUp(first, serial));
			simulator.requests().clear();

			assertThatExceptionOfType(QuotaExceededException.class).isThrownBy(() -> lookUp(second, serial));
			assertThat(simulator.requests().apiCalls()).isEqualTo(1);
			assertThatExceptionOfType(QuotaExceededException.class).isThrownBy(() -> lookUp(second, serial))
				.withMessageContaining("not sent");
			assertThat(simulator.requests().apiCalls()).isEqualTo(1);
		}));
	}

	@Test
	void anUnreachableRedisFailsNoCall() {
		List<String> serial = simulator.catalogue().serialNumbers().subList(0, 1);
		instance("redis").run((context) -> {
			redis.stop();
			try {
				assertThat(context.getBean(CiscoSupportClient.class).productInfo().bySerialNumbers(serial).blockLast())
					.isNotNull();
				assertThat(simulator.requests().apiCalls(Api.PRODUCT_INFO)).isEqualTo(1);
			}
			finally {
				redis.restart();
			}
		});
	}

	@Test
	void threeInstancesCallingAtOnceSendExactlyTheBudgetBetweenThem() {
		List<String> serials = simulator.catalogue().serialNumbers();
		ApplicationContextRunner instance = instance("redis", "cisco.support.rate-limit.daily-budget=7");
		instance.run((first) -> instance.run((second) -> instance.run((third) -> {
			List<AssertableApplicationContext> instances = List.of(first, second, third);
			AtomicInteger answered = new AtomicInteger();
			AtomicInteger refused = new AtomicInteger();
			// Four lookups from each instance, all in flight at once: twelve calls for a budget of seven.
			Flux.range(0, 12)
				.flatMap((i) -> client(instances.get(i % 3)).eox()
					.bySerialNumbers(serials.subList(i, i + 1))
					.then(Mono.fromRunnable(answered::incrementAndGet))
					.onErrorResume(QuotaExceededException.class, (ex) -> Mono.fromRunnable(refused::incrementAndGet)))
				.blockLast(Duration.ofSeconds(60));
			assertThat(answered).hasValue(7);
			assertThat(refused).hasValue(5);
			assertThat(simulator.requests().apiCalls()).isEqualTo(7);
			String key = RedisQuotaState.DAILY_REQUESTS_KEY_PREFIX + simulator.clientId() + ":" + nextMidnightUtc();
			// Every request that reached the count, the refused ones included; a call that started
			// after another instance had shared the exhaustion was refused before it.
			assertThat(Long.parseLong(get(key))).isBetween(8L, 12L);
			assertThat(Long.parseLong(redis.command("PTTL", key).substring(1))).isPositive();

			for (AssertableApplicationContext each : instances) {
				assertThatExceptionOfType(QuotaExceededException.class)
					.isThrownBy(() -> client(each).productInfo().bySerialNumbers(serials.subList(0, 1)).blockLast())
					.withMessageContaining("not sent")
					.withMessageContaining("daily budget of 7 requests");
				Health health = health(each);
				assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
				assertThat(health.getDetails()).containsEntry("error", "daily budget used up")
					.containsEntry("dailyBudget", 7)
					.containsKeys("quotaExhaustedAt", "quotaResetsAt");
			}
			assertThat(simulator.requests().apiCalls()).isEqualTo(7);
		})));
	}

	@Test
	void anInstanceThatHasNotSeenTheRefusalFailsFastThroughTheSharedState() {
		List<String> serials = simulator.catalogue().serialNumbers();
		ApplicationContextRunner instance = instance("redis", "cisco.support.rate-limit.daily-budget=1");
		instance.run((first) -> instance.run((second) -> {
			client(first).eox().bySerialNumbers(serials.subList(0, 1)).blockLast();
			assertThatExceptionOfType(QuotaExceededException.class)
				.isThrownBy(() -> client(first).eox().bySerialNumbers(serials.subList(1, 2)).blockLast());
			assertThat(get(RedisQuotaState.KEY_PREFIX + simulator.clientId())).endsWith("|1");
			String count = RedisQuotaState.DAILY_REQUESTS_KEY_PREFIX + simulator.clientId() + ":" + nextMidnightUtc();
			assertThat(get(count)).isEqualTo("2");

			assertThatExceptionOfType(QuotaExceededException.class)
				.isThrownBy(() -> client(second).eox().bySerialNumbers(serials.subList(1, 2)).blockLast())
				.withMessageContaining("daily budget of 1 requests");
			// Refused by the outer guard, from the shared exhaustion: not counted again.
			assertThat(get(count)).isEqualTo("2");
			assertThat(simulator.requests().apiCalls()).isEqualTo(1);
		}));
	}

	@Test
	void withTheLocalStoreEachInstanceHasTheWholeBudget() {
		List<String> serials = simulator.catalogue().serialNumbers();
		ApplicationContextRunner instance = instance("local", "cisco.support.rate-limit.daily-budget=2");
		instance.run((first) -> instance.run((second) -> {
			for (AssertableApplicationContext each : List.of(first, second)) {
				client(each).eox().bySerialNumbers(serials.subList(0, 1)).blockLast();
				client(each).eox().bySerialNumbers(serials.subList(1, 2)).blockLast();
				assertThatExceptionOfType(QuotaExceededException.class)
					.isThrownBy(() -> client(each).eox().bySerialNumbers(serials.subList(2, 3)).blockLast());
			}
			assertThat(simulator.requests().apiCalls()).isEqualTo(4);
			assertThat(redis.command("DBSIZE")).isEqualTo(":0");
		}));
	}

	@Test
	void withRedisStoppedCallsStillGoCountedInTheProcess() {
		List<String> serials = simulator.catalogue().serialNumbers();
		instance("redis", "cisco.support.rate-limit.daily-budget=2").run((context) -> {
			redis.stop();
			try {
				assertThat(client(context).eox().bySerialNumbers(serials.subList(0, 1)).blockLast()).isNotNull();
				assertThat(client(context).eox().bySerialNumbers(serials.subList(1, 2)).blockLast()).isNotNull();
				assertThat(simulator.requests().apiCalls()).isEqualTo(2);
				assertThatExceptionOfType(QuotaExceededException.class)
					.isThrownBy(() -> client(context).eox().bySerialNumbers(serials.subList(2, 3)).blockLast())
					.withMessageContaining("daily budget of 2 requests");
				assertThat(simulator.requests().apiCalls()).isEqualTo(2);
			}
			finally {
				redis.restart();
			}
		});
	}

	@Test
	void withRedisFrozenACallIsCountedInTheProcessInsteadOfWaiting() {
		List<String> serials = simulator.catalogue().serialNumbers();
		instance("redis", "cisco.support.rate-limit.daily-budget=5").run((context) -> {
			client(context).eox().bySerialNumbers(serials.subList(0, 1)).blockLast();
			redis.freeze();
			try {
				assertThat(client(context).eox().bySerialNumbers(serials.subList(1, 2)).blockLast()).isNotNull();
				assertThat(simulator.requests().apiCalls()).isEqualTo(2);
			}
			finally {
				redis.thaw();
			}
		});
	}

	@Test
	void withRedisFrozenAnInstanceAsksItOncePerRetryIntervalNotOnEveryCall() {
		List<String> serials = simulator.catalogue().serialNumbers();
		instance("redis", "cisco.support.rate-limit.daily-budget=50", "cisco.support.rate-limit.redis.retry-interval=1h")
			.run((context) -> {
				lookUp(context, serials.subList(0, 1));
				redis.freeze();
				try {
					for (int i = 1; i <= 5; i++) {
						lookUp(context, serials.subList(i, i + 1));
					}
				}
				finally {
					redis.thaw();
				}
				assertThat(simulator.requests().apiCalls()).isEqualTo(6);
				// On the instance's own connection, this reply comes after those of the commands it
				// sent while Redis was frozen: Redis has run them all.
				context.getBean(ReactiveStringRedisTemplate.class).hasKey("sync").block(Duration.ofSeconds(10));
				// The first call of the outage read the quota state and waited for it; from then on
				// the instance left Redis alone and counted the requests in the process.
				assertThat(get("cisco-support:daily-requests:" + simulator.clientId() + ":" + nextMidnightUtc()))
					.isEqualTo("1");
			});
	}

	private static CiscoSupportClient client(AssertableApplicationContext context) {
		return context.getBean(CiscoSupportClient.class);
	}

	/** The string at the key, as a one-line status reply ({@code command} reads the first line only). */
	private static String get(String key) {
		return redis.command("EVAL", "return {ok = redis.call('GET', KEYS[1])}", "1", key).substring(1);
	}

	private static long nextMidnightUtc() {
		return LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

	private static void lookUp(AssertableApplicationContext context, List<String> serials) {
		context.getBean(CiscoSupportClient.class).eox().bySerialNumbers(serials).blockLast();
	}

	private static Health health(AssertableApplicationContext context) {
		return context.getBean(CiscoSupportHealthContributorAutoConfiguration.HEALTH_INDICATOR_BEAN_NAME,
				ReactiveHealthIndicator.class).health().block();
	}

}
