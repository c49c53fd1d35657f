package io.github.ciscosupport.autoconfigure.cache;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.InvalidCiscoSupportPropertiesException;
import io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetrics;
import io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetricsAutoConfiguration;
import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.cache.AnswerCaching;
import io.github.ciscosupport.client.eox.EoxRecord;
import io.github.ciscosupport.test.redis.RedisServer;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cached answers through the application's {@code CacheManager}: Caffeine in one process, Boot's
 * Redis cache manager across two application contexts, calls counted by the simulator's journal.
 */
class CiscoSupportCacheAutoConfigurationTests {

	private static CiscoSupportSimulator simulator;

	private static RedisServer redis;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(CiscoFaults.CORE)
		.withConfiguration(AutoConfigurations.of(CiscoSupportCacheAutoConfiguration.class))
		.withPropertyValues(CiscoFaults.NO_QUIET_PERIOD, "cisco.support.rate-limit.enabled=false");

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

	private ApplicationContextRunner onSimulator() {
		simulator.reset();
		return this.runner.withPropertyValues("cisco.support.base-url=" + simulator.baseUrl(),
				"cisco.support.token-uri=" + simulator.tokenUri(), "cisco.support.client-id=" + simulator.clientId(),
				"cisco.support.client-secret=" + simulator.clientSecret());
	}

	@Test
	void offByDefault() {
		onSimulator().withBean(CacheManager.class, CaffeineCacheManager::new)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(AnswerCaching.class));
	}

	@Test
	void enabledWithoutCacheManagerFailsAtStartupNamingTheProperty() {
		onSimulator().withPropertyValues("cisco.support.cache.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			// The exception the failure analyzer reports, naming the property and what to do.
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
			assertThat(cause).isInstanceOf(InvalidCiscoSupportPropertiesException.class);
			assertThat(((InvalidCiscoSupportPropertiesException) cause).getProblems()).singleElement()
				.satisfies((problem) -> {
					assertThat(problem.property()).isEqualTo("cisco.support.cache.enabled");
					assertThat(problem.action()).contains("CacheManager");
				});
		});
	}

	@Test
	void aTimeToLiveThatIsNotPositiveFailsAtStartupNamingIt() {
		onSimulator().withBean(CacheManager.class, CaffeineCacheManager::new)
			.withPropertyValues("cisco.support.cache.enabled=true", "cisco.support.cache.time-to-live.coverage=0s")
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
				assertThat(cause).isInstanceOf(InvalidCiscoSupportPropertiesException.class);
				assertThat(((InvalidCiscoSupportPropertiesException) cause).getProblems())
					.extracting(InvalidCiscoSupportPropertiesException.Problem::property)
					.containsExactly("cisco.support.cache.time-to-live.coverage");
			});
	}

	@Test
	void repeatedLookupOfAThousandSerialNumbersWithCaffeineMakesNoCallAndCountsHitsAndMisses() {
		CaffeineCacheManager caffeine = new CaffeineCacheManager();
		caffeine.setCaffeine(Caffeine.newBuilder().maximumSize(100_000));
		onSimulator().withBean(CacheManager.class, () -> caffeine)
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
					CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
					CiscoSupportMetricsAutoConfiguration.class))
			.withPropertyValues("cisco.support.cache.enabled=true")
			.run((context) -> {
				CiscoSupportClient cisco = context.getBean(CiscoSupportClient.class);
				List<String> serials = simulator.catalogue().serialNumbers().subList(0, 1000);
				List<ItemResult<String, List<EoxRecord>>> first = cisco.eox()
					.bySerialNumbers(serials)
					.collectList()
					.block();
				assertThat(simulator.requests().apiCalls(Api.EOX)).isEqualTo(50);
				simulator.requests().clear();

				assertThat(cisco.eox().bySerialNumbers(serials).collectList().block()).isEqualTo(first);

				assertThat(simulator.requests().apiCalls(Api.EOX)).isZero();
				assertThat(caffeine.getCacheNames()).containsExactly("cisco-support.eox");
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(CiscoSupportMetrics.CACHE_GETS).tag("api", "eox").tag("result", "hit").counter()
					.count()).isEqualTo(1000);
				assertThat(registry.get(CiscoSupportMetrics.CACHE_GETS).tag("api", "eox").tag("result", "miss").counter()
					.count()).isEqualTo(1000);
			});
	}

	@Test
	void anAnswerFetchedByOneContextIsServedToAnotherThroughRedisWithEachApisTimeToLive() {
		redis.command("FLUSHALL");
		ApplicationContextRunner withRedis = onSimulator().withUserConfiguration(Caching.class)
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class, CacheAutoConfiguration.class))
			.withPropertyValues("spring.data.redis.host=" + redis.host(), "spring.data.redis.port=" + redis.port(),
					"spring.cache.type=redis", "cisco.support.cache.enabled=true",
					"cisco.support.cache.time-to-live.eox=2h");
		List<String> serials = simulator.catalogue().serialNumbers().subList(0, 30);
		Object[] first = new Object[1];
		withRedis.run((context) -> first[0] = context.getBean(CiscoSupportClient.class)
			.eox()
			.bySerialNumbers(serials)
			.collectList()
			.block());
		assertThat(simulator.requests().apiCalls(Api.EOX)).isEqualTo(2);
		simulator.requests().clear();

		withRedis.run((context) -> assertThat(context.getBean(CiscoSupportClient.class)
			.eox()
			.bySerialNumbers(serials)
			.collectList()
			.block()).isEqualTo(first[0]));

		assertThat(simulator.requests().apiCalls(Api.EOX)).isZero();
		long eoxTtl = ttlMillis("cisco-support.eox::EOXBySerialNumber|" + serials.get(0));
		assertThat(eoxTtl).isPositive().isLessThanOrEqualTo(Duration.ofHours(2).toMillis());
		assertThat(eoxTtl).isGreaterThan(Duration.ofHours(2).minusMinutes(1).toMillis());
	}

	@Test
	void eachApisDefaultTimeToLiveReachesTheRedisCacheConfiguration() {
		redis.command("FLUSHALL");
		onSimulator().withUserConfiguration(Caching.class)
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class, CacheAutoConfiguration.class))
			.withPropertyValues("spring.data.redis.host=" + redis.host(), "spring.data.redis.port=" + redis.port(),
					"spring.cache.type=redis", "cisco.support.cache.enabled=true")
			.run((context) -> {
				CiscoSupportClient cisco = context.getBean(CiscoSupportClient.class);
				String serial = simulator.catalogue().coveredSerialNumbers().get(0);
				cisco.coverage().summaryBySerialNumbers(List.of(serial)).blockLast();
				cisco.productInfo().bySerialNumbers(List.of(serial)).blockLast();
				long coverageTtl = ttlMillis("cisco-support.coverage::/sn2info/v2/coverage/summary/serial_numbers/{inputs}"
						+ "?page_index={page}|" + serial);
				assertThat(coverageTtl).isPositive().isLessThanOrEqualTo(Duration.ofDays(1).toMillis())
					.isGreaterThan(Duration.ofDays(1).minusMinutes(1).toMillis());
			});
	}

	private static long ttlMillis(String key) {
		String reply = redis.command("PTTL", key);
		assertThat(reply).as("PTTL of " + key).startsWith(":");
		return Long.parseLong(reply.substring(1));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableCaching
	static class Caching {

	}

}
