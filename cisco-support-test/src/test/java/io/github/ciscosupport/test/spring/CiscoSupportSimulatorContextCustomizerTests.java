package io.github.ciscosupport.test.spring;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.ContextCustomizer;

import io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CiscoSupportSimulatorContextCustomizerFactory} and
 * {@link CiscoSupportSimulatorContextCustomizer} without the TestContext framework.
 */
class CiscoSupportSimulatorContextCustomizerTests {

	private final CiscoSupportSimulatorContextCustomizerFactory factory = new CiscoSupportSimulatorContextCustomizerFactory();

	@Test
	void onlyForAnnotatedTests() {
		assertThat(this.factory.createContextCustomizer(Plain.class, List.of())).isNull();
		ContextCustomizer customizer = this.factory.createContextCustomizer(Annotated.class, List.of());
		assertThat(customizer).isInstanceOf(CiscoSupportSimulatorContextCustomizer.class)
			.isEqualTo(new CiscoSupportSimulatorContextCustomizer())
			.hasSameHashCodeAs(new CiscoSupportSimulatorContextCustomizer());
	}

	@Test
	void startsTheSimulatorWithTheContextAndStopsItOnClose() {
		CiscoSupportSimulator simulator;
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new CiscoSupportSimulatorContextCustomizer().customizeContext(context, null);
			context.refresh();
			simulator = context.getBean(CiscoSupportSimulator.class);
			assertThat(simulator.isRunning()).isTrue();
			assertThat(context.getBean("ciscoSupportSimulatorConnectionDetails", CiscoSupportConnectionDetails.class)
				.getTokenUri()).isEqualTo(simulator.tokenUri());
		}
		assertThat(simulator.isRunning()).isFalse();
	}

	static class Plain {

	}

	@AutoConfigureCiscoSupportSimulator
	static class Annotated {

	}

}
