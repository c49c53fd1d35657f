package io.github.ciscosupport.test.spring;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that inlined test properties still win over the simulator's, and that the annotation is
 * found from {@code @Nested} classes.
 */
@SpringJUnitConfig(AutoConfigureCiscoSupportSimulatorTests.Config.class)
@AutoConfigureCiscoSupportSimulator
@TestPropertySource(properties = "cisco.support.client-secret=deliberately-wrong")
class AutoConfigureCiscoSupportSimulatorOverrideTests {

	@Autowired
	private Environment environment;

	@Autowired
	private CiscoSupportSimulator simulator;

	@Test
	void inlinedPropertiesWin() {
		assertThat(this.environment.getProperty("cisco.support.client-secret")).isEqualTo("deliberately-wrong");
		assertThat(this.environment.getProperty("cisco.support.base-url")).isEqualTo(this.simulator.baseUrl());
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

}
