package io.github.ciscosupport.test.junit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.ApiFault;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CiscoSupportSimulatorTest} and {@link CiscoSupportSimulatorExtension}.
 */
@CiscoSupportSimulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CiscoSupportSimulatorExtensionTests extends SimulatorClosedAfterClass {

	private static final String EOX = "/supporttools/eox/rest/5/EOXBySerialNumber/1/FHK0933224R";

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final CiscoSupportSimulator constructorSimulator;

	private CiscoSupportSimulator beforeAllSimulator;

	CiscoSupportSimulatorExtensionTests(CiscoSupportSimulator simulator) {
		this.constructorSimulator = simulator;
	}

	@BeforeAll
	void beforeAll(CiscoSupportSimulator simulator) {
		this.beforeAllSimulator = simulator;
	}

	@Test
	@Order(1)
	void injectsOneRunningSimulatorPerClass(CiscoSupportSimulator simulator) throws Exception {
		assertThat(simulator).isSameAs(this.constructorSimulator).isSameAs(this.beforeAllSimulator);
		assertThat(simulator.isRunning()).isTrue();
		assertThat(simulator.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(simulator.clientId()).isEqualTo("simulator-client");
		simulator.faults().failNextApiCalls(10, ApiFault.BAD_GATEWAY);
		assertThat(get(simulator, EOX, token(simulator))).isEqualTo(502);
		assertThat(simulator.requests().apiCalls(Api.EOX)).isEqualTo(1);
	}

	@Test
	@Order(2)
	void resetsFaultsAndJournalBeforeEachTest(CiscoSupportSimulator simulator) throws Exception {
		assertThat(simulator.requests().all()).isEmpty();
		assertThat(get(simulator, EOX, token(simulator))).isEqualTo(200);
	}

	private String token(CiscoSupportSimulator simulator) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.tokenUri()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
					+ simulator.clientId() + "&client_secret=" + simulator.clientSecret()))
			.build();
		String body = this.client.send(request, HttpResponse.BodyHandlers.ofString()).body();
		return body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
	}

	private int get(CiscoSupportSimulator simulator, String path, String token)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
			.header("Authorization", "Bearer " + token)
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	@Nested
	class NestedTests {

		@Test
		void sharesTheEnclosingClassSimulator(CiscoSupportSimulator simulator) {
			assertThat(simulator).isSameAs(CiscoSupportSimulatorExtensionTests.this.constructorSimulator);
			assertThat(simulator.isRunning()).isTrue();
		}

	}

}
