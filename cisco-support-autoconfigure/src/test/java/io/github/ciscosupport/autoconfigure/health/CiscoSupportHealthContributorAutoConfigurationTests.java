package io.github.ciscosupport.autoconfigure.health;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.CiscoSupportRedisRateLimitAutoConfiguration;
import io.github.ciscosupport.autoconfigure.ClosedPort;
import io.github.ciscosupport.autoconfigure.FakeCisco;
import io.github.ciscosupport.autoconfigure.quota.CiscoSupportSharedQuotaAutoConfiguration;
import io.github.ciscosupport.client.QuotaExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code ciscoSupport} health contributor as the actuator health endpoint shows it.
 */
class CiscoSupportHealthContributorAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(CiscoFaults.CORE)
		.withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
				HealthContributorRegistryAutoConfiguration.class, HealthEndpointAutoConfiguration.class,
				CiscoSupportHealthContributorAutoConfiguration.class))
		.withPropertyValues(FakeCisco.properties(cisco))
		.withPropertyValues("management.endpoint.health.show-details=always", CiscoFaults.NO_QUIET_PERIOD);

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void contributesCiscoSupportThatIsUpAndFetchesOneTokenForManyChecks() {
		this.runner.run((context) -> {
			assertThat(context).hasBean(CiscoSupportHealthContributorAutoConfiguration.HEALTH_INDICATOR_BEAN_NAME);
			for (int i = 0; i < 25; i++) {
				IndicatedHealthDescriptor health = ciscoSupportHealth(context);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("baseUrl", cisco.baseUrl()).containsKey("tokenExpiresAt");
			}
			assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
		});
	}

	@Test
	void checksReuseTheTokenOfTheApplicationsCalls() {
		this.runner.run((context) -> {
			context.getBean(WebClient.class).get().uri(FakeCisco.EOX_PATH).retrieve().toBodilessEntity().block();
			assertThat(ciscoSupportHealth(context).getStatus()).isEqualTo(Status.UP);
			assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
		});
	}

	@Test
	void showsTheRateLimitConfiguration() {
		this.runner.withPropertyValues("cisco.support.rate-limit.requests-per-second=2").run((context) -> {
			assertThat(ciscoSupportHealth(context).getDetails()).extractingByKey("rateLimit")
				.asString()
				.contains("requestsPerSecond=2.0", "burst=1", "perApi=[psirt]");
		});
	}

	@Test
	void showsTheRatesAnAdaptiveRateLimitHasLearned() {
		this.runner.run((context) -> assertThat(ciscoSupportHealth(context).getDetails()).extractingByKey("rateLimit")
			.asString()
			.contains("adaptive=false")
			.doesNotContain("currentRates"));
		this.runner.withPropertyValues("cisco.support.rate-limit.adaptive.enabled=true").run((context) -> {
			assertThat(ciscoSupportHealth(context).getDetails()).extractingByKey("rateLimit")
				.asString()
				.contains("adaptive=true", "currentRates={default=5.0, psirt=5.0}");
		});
	}

	@Test
	void showsWhetherTheSharedBudgetAndQuotaStateAnswer() throws Exception {
		this.runner.run((context) -> assertThat(ciscoSupportHealth(context).getDetails()).extractingByKey("rateLimit")
			.asString()
			.doesNotContain("sharedBudget", "sharedQuotaState"));
		this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
				DataRedisReactiveAutoConfiguration.class, CiscoSupportRedisRateLimitAutoConfiguration.class,
				CiscoSupportSharedQuotaAutoConfiguration.class))
			.withPropertyValues("cisco.support.rate-limit.store=redis", "cisco.support.rate-limit.redis.timeout=200ms",
					"spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + ClosedPort.find())
			.run((context) -> {
				assertThat(ciscoSupportHealth(context).getDetails()).extractingByKey("rateLimit")
					.asString()
					.contains("store=redis", "sharedBudget=available");
				// Nothing listens on Redis's port: the call is paced locally, and answered.
				context.getBean(WebClient.class).get().uri("/supporttools/eox/rest/5/EOXByProductID/1/WS-C3850-48XS-E")
					.retrieve()
					.toBodilessEntity()
					.block(Duration.ofSeconds(10));
				assertThat(ciscoSupportHealth(context).getDetails()).extractingByKey("rateLimit")
					.asString()
					.contains("sharedBudget=unavailable, calls paced by this instance's local limit",
							"sharedQuotaState=unavailable, the quota state and the daily budget's count kept by "
									+ "this instance");
			});
	}

	@Test
	void downWithTheTokenEndpointsErrorCode() {
		CiscoFaults.invalidClient(cisco);
		this.runner.run((context) -> {
			IndicatedHealthDescriptor health = ciscoSupportHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("error", "invalid_client");
			assertThat(health.getDetails().toString()).doesNotContain(FakeCisco.CLIENT_SECRET);
			ciscoSupportHealth(context);
			assertThat(FakeCisco.tokenRequests(cisco)).isEqualTo(1);
		});
	}

	@Test
	void outOfServiceOnceACallFindsTheDailyQuotaUsedUp() {
		CiscoFaults.quotaExhausted(cisco, "/quota");
		this.runner.run((context) -> {
			WebClient webClient = context.getBean(WebClient.class);
			assertThatExceptionOfType(QuotaExceededException.class)
				.isThrownBy(() -> webClient.get().uri("/quota").retrieve().toBodilessEntity().block());

			IndicatedHealthDescriptor health = ciscoSupportHealth(context);
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("error", CiscoFaults.OVER_RATE)
				.containsKeys("quotaExhaustedAt", "quotaResetsAt");
		});
	}

	@Test
	void healthPropertiesBind() {
		this.runner
			.withPropertyValues("management.health.cisco-support.timeout=3s",
					"management.health.cisco-support.failure-time-to-live=5m",
					"management.health.cisco-support.quota-reset-time=08:00",
					"management.health.cisco-support.quota-reset-zone=America/Los_Angeles")
			.run((context) -> {
				CiscoSupportHealthIndicatorProperties properties = context
					.getBean(CiscoSupportHealthIndicatorProperties.class);
				assertThat(properties.getTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(properties.getFailureTimeToLive()).isEqualTo(Duration.ofMinutes(5));
				assertThat(properties.getQuotaResetTime()).hasToString("08:00");
				assertThat(properties.getQuotaResetZone()).hasToString("America/Los_Angeles");
			});
	}

	@Test
	void disabledWithItsManagementProperty() {
		this.runner.withPropertyValues("management.health.cisco-support.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CiscoSupportHealthIndicator.class)
				.doesNotHaveBean(CiscoSupportGatewayState.class));
	}

	@Test
	void disabledWithTheDefaultsOfAllIndicators() {
		this.runner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CiscoSupportHealthIndicator.class));
	}

	@Test
	void absentWhenTheClientIsDisabled() {
		this.runner.withPropertyValues("cisco.support.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CiscoSupportHealthIndicator.class));
	}

	@Test
	void absentWithoutSpringBootHealth() {
		this.runner.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CiscoSupportHealthIndicator.class));
	}

	@Test
	void backsOffForAnIndicatorOfTheApplicationsOfTheSameName() {
		this.runner
			.withBean(CiscoSupportHealthContributorAutoConfiguration.HEALTH_INDICATOR_BEAN_NAME,
					ReactiveHealthIndicator.class,
					() -> () -> reactor.core.publisher.Mono.just(
							org.springframework.boot.health.contributor.Health.unknown().build()))
			.run((context) -> assertThat(ciscoSupportHealth(context).getStatus()).isEqualTo(Status.UNKNOWN));
	}

	private static IndicatedHealthDescriptor ciscoSupportHealth(AssertableWebApplicationContext context) {
		return (IndicatedHealthDescriptor) context.getBean(HealthEndpoint.class).healthForPath("ciscoSupport");
	}

}
