package io.github.ciscosupport.autoconfigure.observation;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientObservationAutoConfiguration;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.autoconfigure.CiscoFaults;
import io.github.ciscosupport.autoconfigure.FakeCisco;
import io.github.ciscosupport.autoconfigure.ObservationStops;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls through the {@code ciscoSupportWebClient} join the caller's trace, and the token fetch
 * is a span of its own between the call and the token request.
 */
class CiscoSupportTracingTests {

	@RegisterExtension
	static WireMockExtension cisco = FakeCisco.extension();

	private final TestObservationRegistry registry = TestObservationRegistry.create();

	private final ObservationStops stops = new ObservationStops();

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(CiscoFaults.CORE)
		.withConfiguration(AutoConfigurations.of(WebClientObservationAutoConfiguration.class))
		.withBean(ObservationRegistry.class, () -> this.registry)
		.withPropertyValues(FakeCisco.properties(cisco))
		.withPropertyValues(CiscoFaults.NO_QUIET_PERIOD);

	@BeforeEach
	void stubCisco() {
		FakeCisco.stub(cisco);
		this.registry.observationConfig().observationHandler(this.stops);
	}

	@Test
	void callsAreChildrenOfTheCurrentObservationAndTheTokenFetchIsASpanOfItsOwn() {
		this.runner.run((context) -> {
			Observation job = Observation.start("lifecycle.report", this.registry);
			context.getBean(WebClient.class)
				.get()
				.uri("/supporttools/eox/rest/5/EOXBySerialNumber/1/{serials}", "FHK0933224R")
				.retrieve()
				.toBodilessEntity()
				.contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, job))
				.block(Duration.ofSeconds(10));
			this.stops.await("http.client.requests", "uri", "/supporttools/eox/rest/5/EOXBySerialNumber/1/{serials}");
			job.stop();

			Observation.Context apiCall = single(contexts("http.client.requests", "GET"));
			Observation.Context tokenFetch = single(contexts("cisco.support.token.fetch", null));
			Observation.Context tokenRequest = single(contexts("http.client.requests", "POST"));
			assertThat(apiCall.getParentObservation().getContextView().getName()).isEqualTo("lifecycle.report");
			assertThat(tokenFetch.getParentObservation().getContextView()).isSameAs(apiCall);
			assertThat(tokenRequest.getParentObservation().getContextView()).isSameAs(tokenFetch);
			assertThat(tokenFetch.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("SUCCESS");
			assertThat(apiCall.getLowCardinalityKeyValue("uri").getValue())
				.isEqualTo("/supporttools/eox/rest/5/EOXBySerialNumber/1/{serials}");
		});
	}

	@Test
	void aFailedTokenFetchIsAnErrorSpanWithTheErrorCode() {
		CiscoFaults.invalidClient(cisco);
		this.runner.run((context) -> {
			assertThat(context.getBean(WebClient.class)
				.get()
				.uri(FakeCisco.EOX_PATH)
				.retrieve()
				.toBodilessEntity()
				.onErrorComplete()
				.block(Duration.ofSeconds(10))).isNull();

			Observation.Context tokenFetch = single(contexts("cisco.support.token.fetch", null));
			assertThat(tokenFetch.getError()).hasMessageContaining("invalid_client");
			assertThat(tokenFetch.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("FAILURE");
			assertThat(tokenFetch.getLowCardinalityKeyValue("error.code").getValue()).isEqualTo("invalid_client");
		});
	}

	private List<Observation.Context> contexts(String name, String method) {
		List<Observation.Context> contexts = new java.util.ArrayList<>();
		this.registry.assertThat().hasHandledContextsThatSatisfy((handled) -> handled.stream()
			.filter((candidate) -> name.equals(candidate.getName()))
			.filter((candidate) -> method == null || (candidate instanceof ClientRequestObservationContext request
					&& request.getRequest() != null && method.equals(request.getRequest().method().name())))
			.forEach(contexts::add));
		return contexts;
	}

	private static Observation.Context single(List<Observation.Context> contexts) {
		assertThat(contexts).hasSize(1);
		return contexts.get(0);
	}

}
