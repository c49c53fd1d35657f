package io.github.ciscosupport.autoconfigure;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.SharedRateBudget;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When {@link CiscoSupportRedisRateLimitAutoConfiguration} applies, and what happens when
 * {@code store=redis} cannot be honoured.
 */
class CiscoSupportRedisRateLimitAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS)
		.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
				CiscoSupportRedisRateLimitAutoConfiguration.class))
		.withPropertyValues(FakeCisco.properties(cisco));

	@Test
	void localStoreByDefault() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(SharedRateBudget.class);
			assertThat(context.getBean(RequestRateLimiter.class).isShared()).isFalse();
		});
	}

	@Test
	void redisStoreTakesPermitsFromTheSharedBudget() {
		this.runner.withPropertyValues("cisco.support.rate-limit.store=redis").run((context) -> {
			assertThat(context).hasSingleBean(SharedRateBudget.class);
			assertThat(context.getBean(RequestRateLimiter.class).isShared()).isTrue();
			assertThat(context.getBean(SharedRateBudget.class).toString()).startsWith("RedisSharedRateBudget[cisco-support:rate-limit:")
				.doesNotContain(FakeCisco.CLIENT_ID);
		});
	}

	@Test
	void redisStoreWithoutSpringDataRedisFailsAtStartupNamingTheProperty() {
		FailureAnalysis analysis = InvalidCiscoSupportPropertiesFailureAnalyzerTests.startupFailure(
				this.runner.withPropertyValues("cisco.support.rate-limit.store=redis")
					.withClassLoader(new FilteredClassLoader(LettuceConnectionFactory.class)));
		assertThat(analysis.getDescription()).contains("cisco.support.rate-limit.store is 'redis', but Spring Data Redis");
		assertThat(analysis.getAction()).contains("spring-boot-starter-data-redis")
			.contains("cisco.support.rate-limit.store=local");
	}

	@Test
	void redisStoreWithoutBucket4jFailsAtStartupNamingIt() {
		FailureAnalysis analysis = InvalidCiscoSupportPropertiesFailureAnalyzerTests.startupFailure(
				this.runner.withPropertyValues("cisco.support.rate-limit.store=redis")
					.withClassLoader(new FilteredClassLoader(Bucket4jLettuce.class)));
		assertThat(analysis.getDescription()).contains("com.bucket4j:bucket4j_jdk17-lettuce");
	}

	@Test
	void redisStoreWithoutAConnectionFactoryFailsAtStartup() {
		FailureAnalysis analysis = InvalidCiscoSupportPropertiesFailureAnalyzerTests.startupFailure(new ApplicationContextRunner()
			.withConfiguration(CiscoSupportAutoConfigurationTests.AUTO_CONFIGURATIONS)
			.withConfiguration(AutoConfigurations.of(CiscoSupportRedisRateLimitAutoConfiguration.class))
			.withPropertyValues(FakeCisco.properties(cisco))
			.withPropertyValues("cisco.support.rate-limit.store=redis"));
		assertThat(analysis.getDescription()).contains("no LettuceConnectionFactory bean");
	}

	@Test
	void badRedisTimeoutIsReportedAgainstItsProperty() {
		FailureAnalysis analysis = InvalidCiscoSupportPropertiesFailureAnalyzerTests.startupFailure(this.runner
			.withPropertyValues("cisco.support.rate-limit.store=redis", "cisco.support.rate-limit.redis.timeout=0s"));
		assertThat(analysis.getDescription()).contains("cisco.support.rate-limit.redis.timeout must be a positive duration");
	}

}
