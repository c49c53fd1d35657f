package io.github.ciscosupport.autoconfigure.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.CiscoSupportRedisRateLimitAutoConfiguration;
import io.github.ciscosupport.autoconfigure.ClosedPort;
import io.github.ciscosupport.autoconfigure.FakeCisco;
import io.github.ciscosupport.autoconfigure.ObservationStops;
import io.github.ciscosupport.autoconfigure.clients.CiscoSupportClientsAutoConfiguration;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.transport.TransportEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter's meters and Spring Boot's {@code http.client.requests} for Cisco calls, recorded
 * over real HTTP to a WireMock Cisco.
 */
class CiscoSupportMetricsAutoConfigurationTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private static final String SERIAL = "FHK0933224R";

	private static final String EOX_TEMPLATE = "/supporttools/eox/rest/5/EOXBySerialNumber/1/{serials}";

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(CiscoFaults.CORE)
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				ObservationAutoConfiguration.class, WebClientObservationAutoConfiguration.class,
				CiscoSupportMetricsAutoConfiguration.class, CiscoSupportClientsAutoConfiguration.class))
		.withPropertyValues(FakeCisco.properties(cisco))
		.withPropertyValues("cisco.support.retry.backoff.initial=10ms", CiscoFaults.NO_QUIET_PERIOD);

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void callsAreTimedWithTheUriTemplateAndNeverAnInputValue() {
		ObservationStops stops = new ObservationStops();
		// Registered before Boot adds the metrics handler, so told last when the call's observation stops.
		this.runner.withBean(ObservationRegistry.class, () -> {
			ObservationRegistry observations = ObservationRegistry.create();
			observations.observationConfig().observationHandler(stops);
			return observations;
		}).run((context) -> {
			callEox(context.getBean(WebClient.class));
			stops.await("http.client.requests", "uri", EOX_TEMPLATE);

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("http.client.requests").tag("uri", EOX_TEMPLATE).timer().count()).isEqualTo(1);
			assertThat(registry.getMeters().stream().flatMap(CiscoSupportMetricsAutoConfigurationTests::tagValues))
				.isNotEmpty()
				.noneMatch((value) -> value.contains(SERIAL));
		});
	}

	@Test
	void tokenFetchesAreCountedAndTimed() {
		this.runner.run((context) -> {
			WebClient webClient = context.getBean(WebClient.class);
			callEox(webClient);
			callEox(webClient);

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.token.fetches")
				.tags("outcome", "success", "error", "none")
				.counter()
				.count()).isEqualTo(1);
			assertThat(registry.get("cisco.support.token.fetch").tag("outcome", "SUCCESS").timer().count())
				.isEqualTo(1);
		});
	}

	@Test
	void refusedTokensAreCountedWithTheErrorCode() {
		CiscoFaults.invalidClient(cisco);
		this.runner.run((context) -> {
			assertThatExceptionOfType(TokenEndpointException.class)
				.isThrownBy(() -> callEox(context.getBean(WebClient.class)));

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.token.fetches")
				.tags("outcome", "failure", "error", "invalid_client")
				.counter()
				.count()).isEqualTo(1);
			assertThat(registry.get("cisco.support.token.fetch")
				.tags("outcome", "FAILURE", "error.code", "invalid_client")
				.timer()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void reauthenticationsAreCountedByStatus() {
		CiscoFaults.failsOnce(cisco, "/bug/v2.0/bugs/bug_ids/CSCvx", 401);
		this.runner.run((context) -> {
			context.getBean(WebClient.class).get().uri("/bug/v2.0/bugs/bug_ids/CSCvx").retrieve().toBodilessEntity().block();

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.reauthentications").tag("status", "401").counter().count())
				.isEqualTo(1);
			assertThat(registry.get("cisco.support.token.fetches").tag("outcome", "success").counter().count())
				.isEqualTo(2);
		});
	}

	@Test
	void retriesAreCountedByCauseAndThrottlingIsTimed() {
		CiscoFaults.failsOnce(cisco, "/throttled", 429, "Retry-After", "0");
		CiscoFaults.failsOnce(cisco, "/maintenance", 503);
		this.runner.run((context) -> {
			WebClient webClient = context.getBean(WebClient.class);
			webClient.get().uri("/throttled").retrieve().toBodilessEntity().block();
			webClient.get().uri("/maintenance").retrieve().toBodilessEntity().block();

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.retries").tag("cause", "throttled").counter().count()).isEqualTo(1);
			assertThat(registry.get("cisco.support.retries").tag("cause", "unavailable").counter().count())
				.isEqualTo(1);
			assertThat(registry.get("cisco.support.throttle.wait").timer().count()).isEqualTo(1);
		});
	}

	@Test
	void theRateEachApiMayUseNowIsAGauge() {
		this.runner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.ratelimit.rate").tag("api", "default").gauge().value()).isEqualTo(5);
			assertThat(registry.get("cisco.support.ratelimit.rate").tag("api", "psirt").gauge().value()).isEqualTo(5);
		});
		CiscoFaults.failsOnce(cisco, "/throttled", 429, "Retry-After", "0");
		this.runner.withPropertyValues("cisco.support.rate-limit.adaptive.enabled=true").run((context) -> {
			WebClient webClient = context.getBean(WebClient.class);
			for (int i = 0; i < 4; i++) {
				callEox(webClient);
			}
			webClient.get().uri("/throttled").retrieve().toBodilessEntity().block();

			// Cut below the starting 5 per second by the 429; PSIRT's rate is untouched.
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.ratelimit.rate").tag("api", "default").gauge().value())
				.isLessThan(5);
			assertThat(registry.get("cisco.support.ratelimit.rate").tag("api", "psirt").gauge().value()).isEqualTo(5);
		});
	}

	@Test
	void callsPacedLocallyBecauseTheSharedBudgetFailedAreCounted() throws Exception {
		this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
				CiscoSupportRedisRateLimitAutoConfiguration.class))
			.withPropertyValues("cisco.support.rate-limit.store=redis", "cisco.support.rate-limit.redis.timeout=200ms",
					"spring.data.redis.host=127.0.0.1",
					"spring.data.redis.port=" + ClosedPort.find())
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("cisco.support.ratelimit.shared.fallbacks").functionCounter().count()).isZero();
				callEox(context.getBean(WebClient.class));
				assertThat(registry.get("cisco.support.ratelimit.shared.fallbacks").functionCounter().count()).isOne();
			});
		this.runner.run((context) -> assertThat(context.getBean(MeterRegistry.class)
			.find("cisco.support.ratelimit.shared.fallbacks")
			.functionCounter()).isNull());
	}

	@Test
	void quotaExhaustionIsCounted() {
		CiscoFaults.quotaExhausted(cisco, "/quota");
		this.runner.run((context) -> {
			assertThatExceptionOfType(QuotaExceededException.class).isThrownBy(
					() -> context.getBean(WebClient.class).get().uri("/quota").retrieve().toBodilessEntity().block());

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.quota.exhausted").counter().count()).isEqualTo(1);
			assertThat(registry.find("cisco.support.retries").counters()).isEmpty();
		});
	}

	@Test
	void rateLimitWaitsAreTimed() {
		this.runner.withPropertyValues("cisco.support.rate-limit.requests-per-second=20").run((context) -> {
			WebClient webClient = context.getBean(WebClient.class);
			// Three calls at once, 50 ms between permits: the second and third wait for theirs.
			Flux.range(0, 3)
				.flatMap((i) -> webClient.get().uri(FakeCisco.EOX_PATH).retrieve().toBodilessEntity())
				.blockLast(Duration.ofSeconds(10));

			assertThat(context.getBean(MeterRegistry.class).get("cisco.support.ratelimit.wait").timer().count())
				.isGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void typedClientsRecordInputsAndPerInputErrorsPerApi() {
		this.runner.run((context) -> {
			// The fake answers every EoX call with the record of FHK0933224R only.
			context.getBean(EoxClient.class)
				.bySerialNumbers(List.of("FHK0933224R", "FOC0000000X", "BAD SERIAL"))
				.collectList()
				.block(Duration.ofSeconds(10));

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get(CiscoSupportMetrics.INPUTS).tag("api", "eox").counter().count()).isEqualTo(3);
			assertThat(registry.get(CiscoSupportMetrics.INPUT_ERRORS)
				.tags("api", "eox", "kind", "NOT_FOUND")
				.counter()
				.count()).isEqualTo(1);
			assertThat(registry.get(CiscoSupportMetrics.INPUT_ERRORS)
				.tags("api", "eox", "kind", "INVALID_INPUT")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void theApplicationsOwnListenersAreNotifiedAlongside() {
		List<String> events = new ArrayList<>();
		CiscoFaults.failsOnce(cisco, "/throttled", 429, "Retry-After", "0");
		this.runner.withBean(TokenFetchListener.class, () -> new TokenFetchListener() {

			@Override
			public void tokenFetched(Duration duration) {
				events.add("token");
			}

		}).withBean(TransportEvents.class, () -> new TransportEvents() {

			@Override
			public void onThrottled(Duration wait) {
				events.add("throttled");
			}

		}).run((context) -> {
			context.getBean(WebClient.class).get().uri("/throttled").retrieve().toBodilessEntity().block();

			assertThat(events).containsExactly("token", "throttled");
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.token.fetches").tag("outcome", "success").counter().count())
				.isEqualTo(1);
			assertThat(registry.get("cisco.support.throttle.wait").timer().count()).isEqualTo(1);
		});
	}

	@Test
	void backsOffForTheApplicationsOwnMetrics() {
		this.runner.withBean(CiscoSupportMetrics.class, () -> CiscoSupportMetrics.NONE)
			.run((context) -> assertThat(context).getBean(CiscoSupportMetrics.class).isSameAs(CiscoSupportMetrics.NONE));
	}

	@Test
	void absentWithoutAMeterRegistry() {
		new ApplicationContextRunner().withConfiguration(CiscoFaults.CORE)
			.withConfiguration(AutoConfigurations.of(CiscoSupportMetricsAutoConfiguration.class))
			.withPropertyValues(FakeCisco.properties(cisco))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CiscoSupportMetrics.class));
	}

	@Test
	void absentWithoutMicrometer() {
		new ApplicationContextRunner().withConfiguration(CiscoFaults.CORE)
			.withConfiguration(AutoConfigurations.of(CiscoSupportMetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.withPropertyValues(FakeCisco.properties(cisco))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CiscoSupportMetrics.class));
	}

	@Test
	void absentWhenTheClientIsDisabled() {
		this.runner.withPropertyValues("cisco.support.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CiscoSupportMetrics.class));
	}

	private static void callEox(WebClient webClient) {
		webClient.get().uri(EOX_TEMPLATE, SERIAL).retrieve().toBodilessEntity().block(Duration.ofSeconds(10));
	}

	private static java.util.stream.Stream<String> tagValues(Meter meter) {
		return meter.getId().getTags().stream().map(Tag::getValue);
	}

}
