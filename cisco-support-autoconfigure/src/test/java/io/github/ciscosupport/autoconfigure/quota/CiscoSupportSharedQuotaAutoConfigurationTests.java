package io.github.ciscosupport.autoconfigure.quota;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
 * without calling, and the health of each shows it.
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

	private ApplicationContextRunner instance(String store) {
		return new ApplicationContextRunner().withConfiguration(CiscoFaults.CORE)
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
					DataRedisReactiveAutoConfiguration.class, CiscoSupportSharedQuotaAutoConfiguration.class,
					CiscoSupportHealthContributorAutoConfiguration.class))
			.withPropertyValues(CiscoFaults.NO_QUIET_PERIOD, "cisco.support.rate-limit.store=" + store,
					"cisco.support.rate-limit.enabled=false", "cisco.support.retry.max-attempts=1",
					"spring.data.redis.host=" + redis.host(), "spring.data.redis.port=" + redis.port(),
					"cisco.support.base-url=" + simulator.baseUrl(), "cisco.support.token-uri=" + simulator.tokenUri(),
					"cisco.support.client-id=" + simulator.clientId(),
					"cisco.support.client-secret=" + simulator.clientSecret());
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

	private static void lookUp(AssertableApplicationContext context, List<String> serials) {
		context.getBean(CiscoSupportClient.class).eox().bySerialNumbers(serials).blockLast();
	}

	private static Health health(AssertableApplicationContext context) {
		return context.getBean(CiscoSupportHealthContributorAutoConfiguration.HEALTH_INDICATOR_BEAN_NAME,
				ReactiveHealthIndicator.class).health().block();
	}

}
