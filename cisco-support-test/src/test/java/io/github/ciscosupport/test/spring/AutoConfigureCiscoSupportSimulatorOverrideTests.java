package io.github.ciscosupport.test.spring;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that connection properties the test sets inline win over the simulator's connection
 * details while the application's configuration and dynamic properties do not, and that the
 * annotation is found from {@code @Nested} classes.
 */
@SpringJUnitConfig(AutoConfigureCiscoSupportSimulatorTests.Config.class)
@AutoConfigureCiscoSupportSimulator
@TestPropertySource(locations = "application-config.properties",
		properties = "cisco.support.client-secret=${wrong.secret}")
class AutoConfigureCiscoSupportSimulatorOverrideTests {

	@DynamicPropertySource
	static void pointElsewhere(DynamicPropertyRegistry registry) {
		registry.add("cisco.support.token-uri", () -> "http://127.0.0.1:1/oauth2/default/v1/token");
	}

	@Autowired
	private CiscoSupportConnectionDetails connectionDetails;

	@Autowired
	private CiscoSupportSimulator simulator;

	@Test
	void inlinedPropertiesWin() {
		assertThat(this.connectionDetails.getClientSecret()).isEqualTo("deliberately-wrong");
	}

	@Test
	void theApplicationsConfigurationAndDynamicPropertiesDoNot() {
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.simulator.baseUrl());
		assertThat(this.connectionDetails.getTokenUri()).isEqualTo(this.simulator.tokenUri());
		assertThat(this.connectionDetails.getClientId()).isEqualTo(this.simulator.clientId());
	}

	@Test
	void toStringKeepsTheSecretOut() {
		assertThat(this.connectionDetails.toString()).contains(this.simulator.baseUrl())
			.doesNotContain("deliberately-wrong")
			.doesNotContain("secret");
	}

	@Nested
	class NestedTests {

		@Autowired
		private CiscoSupportSimulator nestedSimulator;

		@Test
		void seesTheSameSimulator() {
			assertThat(this.nestedSimulator).isSameAs(AutoConfigureCiscoSupportSimulatorOverrideTests.this.simulator);
		}

	}

	@Nested
	@TestPropertySource(properties = "cisco.support.baseUrl=http://127.0.0.1:1")
	class RelaxedNames {

		@Autowired
		private CiscoSupportConnectionDetails nestedConnectionDetails;

		@Test
		void inlinedPropertiesWinInAnyForm() {
			assertThat(this.nestedConnectionDetails.getBaseUrl()).isEqualTo("http://127.0.0.1:1");
			assertThat(this.nestedConnectionDetails.getClientSecret()).isEqualTo("deliberately-wrong");
		}

	}

}
