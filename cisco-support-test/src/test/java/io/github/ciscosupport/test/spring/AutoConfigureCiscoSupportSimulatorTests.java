package io.github.ciscosupport.test.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.test.simulator.ApiFault;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AutoConfigureCiscoSupportSimulator} through Spring's TestContext framework.
 */
@SpringJUnitConfig(AutoConfigureCiscoSupportSimulatorTests.Config.class)
@AutoConfigureCiscoSupportSimulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureCiscoSupportSimulatorTests {

	@Autowired
	private Environment environment;

	@Autowired
	private CiscoSupportConnectionDetails connectionDetails;

	@Autowired
	private CiscoSupportSimulator simulator;

	@Test
	@Order(1)
	void publishesConnectionDetailsPointingAtTheSimulator() throws Exception {
		assertThat(this.simulator.isRunning()).isTrue();
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.simulator.baseUrl());
		assertThat(this.connectionDetails.getTokenUri()).isEqualTo(this.simulator.tokenUri());
		assertThat(this.connectionDetails.getClientId()).isEqualTo("simulator-client");
		assertThat(this.connectionDetails.getClientSecret()).isEqualTo("simulator-secret");
		assertThat(this.connectionDetails.toString()).doesNotContain("simulator-secret");
		assertThat(this.environment.containsProperty("cisco.support.base-url")).isFalse();
		assertThat(this.environment.containsProperty("cisco.support.client-secret")).isFalse();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.connectionDetails.getTokenUri()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
					+ this.connectionDetails.getClientId() + "&client_secret="
					+ this.connectionDetails.getClientSecret()))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.simulator.requests().tokenCalls()).isEqualTo(1);
		this.simulator.faults().failNextApiCalls(3, ApiFault.BAD_GATEWAY);
	}

	@Test
	@Order(2)
	void resetsTheSimulatorBeforeEachTest() {
		assertThat(this.simulator.requests().all()).isEmpty();
		assertThat(this.simulator.faults().toString()).contains("apiFaults=[]");
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

	}

}
