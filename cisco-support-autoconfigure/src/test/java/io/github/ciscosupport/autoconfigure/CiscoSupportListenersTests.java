package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.clients.CiscoSupportClientsAutoConfiguration;
import io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetrics;
import io.github.ciscosupport.autoconfigure.metrics.CiscoSupportMetricsAutoConfiguration;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.transport.TransportEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every listener bean of each type is called, in {@code @Order}, next to the starter's metrics:
 * none hides another, over real HTTP to a WireMock Cisco.
 */
class CiscoSupportListenersTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(CiscoFaults.CORE)
		.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
				CiscoSupportMetricsAutoConfiguration.class, CiscoSupportClientsAutoConfiguration.class))
		.withPropertyValues(FakeCisco.properties(cisco))
		.withPropertyValues("cisco.support.retry.backoff.initial=10ms", CiscoFaults.NO_QUIET_PERIOD)
		.withUserConfiguration(TwoListenersOfEachType.class);

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
	}

	@Test
	void everyListenerOfEachTypeIsCalledInOrderAndTheMetricsStillCount() {
		CiscoFaults.failsOnce(cisco, "/maintenance", 503);
		this.runner.run((context) -> {
			context.getBean(CiscoSupportAutoConfiguration.WEB_CLIENT_BEAN_NAME, WebClient.class)
				.get()
				.uri("/maintenance")
				.retrieve()
				.toBodilessEntity()
				.block(Duration.ofSeconds(10));
			context.getBean(EoxClient.class)
				.bySerialNumbers(List.of("FHK0933224R", "FOC0000000X"))
				.collectList()
				.block(Duration.ofSeconds(10));

			// Each event reaches both listeners of its type, the first by @Order first.
			List<String> events = List.copyOf(context.getBean(Recorder.class).events);
			assertThat(events).hasSizeGreaterThanOrEqualTo(8);
			assertThat(events.size() % 2).as("events in pairs").isZero();
			for (int i = 0; i < events.size(); i += 2) {
				assertThat(events.get(i)).startsWith("first ");
				assertThat(events.get(i + 1)).isEqualTo("second " + events.get(i).substring("first ".length()));
			}
			assertThat(events).contains("first token", "first retry", "first errors eox NOT_FOUND 1")
				.anyMatch((event) -> event.startsWith("first inputs eox "));
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("cisco.support.token.fetches").tag("outcome", "success").counter().count())
				.isEqualTo(1);
			assertThat(registry.get("cisco.support.retries").tag("cause", "unavailable").counter().count())
				.isEqualTo(1);
			assertThat(registry.get(CiscoSupportMetrics.INPUTS).tag("api", "eox").counter().count()).isEqualTo(2);
			assertThat(registry.get(CiscoSupportMetrics.INPUT_ERRORS)
				.tags("api", "eox", "kind", "NOT_FOUND")
				.counter()
				.count()).isEqualTo(1);
		});
	}

	static final class Recorder {

		final List<String> events = Collections.synchronizedList(new ArrayList<>());

	}

	/** A listener of all three types: as a bean it is one of each type's listeners. */
	static final class RecordingListener implements TokenFetchListener, TransportEvents, LookupListener {

		private final String name;

		private final Recorder recorder;

		RecordingListener(String name, Recorder recorder) {
			this.name = name;
			this.recorder = recorder;
		}

		@Override
		public void tokenFetched(Duration duration) {
			this.recorder.events.add(this.name + " token");
		}

		@Override
		public void onRetry(Throwable cause, int attempt, Duration delay) {
			this.recorder.events.add(this.name + " retry");
		}

		@Override
		public void inputs(String api, int count) {
			this.recorder.events.add(this.name + " inputs " + api + " " + count);
		}

		@Override
		public void inputErrors(String api, String kind, int count) {
			this.recorder.events.add(this.name + " errors " + api + " " + kind + " " + count);
		}

	}

	// Declared second first, so the calls follow @Order rather than the order of declaration.
	@Configuration(proxyBeanMethods = false)
	static class TwoListenersOfEachType {

		@Bean
		Recorder recorder() {
			return new Recorder();
		}

		@Bean
		@Order(2)
		RecordingListener secondListener(Recorder recorder) {
			return new RecordingListener("second", recorder);
		}

		@Bean
		@Order(1)
		RecordingListener firstListener(Recorder recorder) {
			return new RecordingListener("first", recorder);
		}

	}

}
