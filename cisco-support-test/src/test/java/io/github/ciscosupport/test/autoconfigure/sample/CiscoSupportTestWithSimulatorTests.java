package io.github.ciscosupport.test.autoconfigure.sample;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.test.autoconfigure.CiscoSupportTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RecordedRequest;
import io.github.ciscosupport.test.spring.AutoConfigureCiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The slice with the simulator: the starter connects to it through the simulator's connection
 * details, without any {@code cisco.support.*} connection property.
 */
@CiscoSupportTest(components = EndOfLifeLookup.class, properties = "spring.reactor.netty.shutdown-quiet-period=0s")
@AutoConfigureCiscoSupportSimulator
class CiscoSupportTestWithSimulatorTests {

	@Autowired
	private EndOfLifeLookup lookup;

	@Autowired
	private CiscoSupportSimulator simulator;

	@Autowired
	private ApplicationContext context;

	@Test
	void theStarterCallsTheSimulatorThroughItsConnectionDetails() {
		assertThat(this.lookup.bySerialNumber("FHK0933224R")).contains("CISCO1811W-AG-A/K9");
		assertThat(this.simulator.requests().calls(Api.EOX)).singleElement()
			.extracting(RecordedRequest::status)
			.isEqualTo(200);
		assertThat(this.context.getBeansOfType(CiscoSupportConnectionDetails.class))
			.containsOnlyKeys("ciscoSupportSimulatorConnectionDetails");
		assertThat(this.context.getEnvironment().containsProperty("cisco.support.base-url")).isFalse();
	}

	@Nested
	@TestPropertySource(properties = "cisco.support.client-secret=deliberately-wrong")
	class WrongSecretOnPurpose {

		@Autowired
		private EndOfLifeLookup nestedLookup;

		@Autowired
		private CiscoSupportSimulator nestedSimulator;

		@Test
		void reachesTheTokenEndpointWhichRefusesIt() {
			assertThatException().isThrownBy(() -> this.nestedLookup.bySerialNumber("FHK0933224R"))
				.withStackTraceContaining("invalid_client")
				.satisfies((ex) -> assertThat(ex.toString()).doesNotContain("deliberately-wrong"));
			assertThat(this.nestedSimulator.requests().tokenRequests()).isNotEmpty()
				.allSatisfy((call) -> assertThat(call.outcome()).isEqualTo("invalid_client"));
			assertThat(this.nestedSimulator.requests().apiCalls(Api.EOX)).isZero();
		}

	}

}
