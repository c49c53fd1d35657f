package io.github.ciscosupport.test.junit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Superclass of a {@link CiscoSupportSimulatorTest} class that fails the class if its simulator is
 * still running after the class. Extensions of a superclass are registered before those of the
 * subclass, so this {@code afterAll} runs after the simulator extension's.
 */
@ExtendWith(SimulatorClosedAfterClass.Check.class)
abstract class SimulatorClosedAfterClass {

	static class Check implements BeforeAllCallback, AfterAllCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Check.class);

		@Override
		public void beforeAll(ExtensionContext context) {
			if (isTopLevel(context)) {
				context.getStore(NAMESPACE).put("simulator", CiscoSupportSimulatorExtension.simulator(context));
			}
		}

		@Override
		public void afterAll(ExtensionContext context) {
			// @Nested classes end before their enclosing class, with the simulator still running
			if (isTopLevel(context)) {
				CiscoSupportSimulator simulator = context.getStore(NAMESPACE)
					.get("simulator", CiscoSupportSimulator.class);
				assertThat(simulator.isRunning()).as("simulator closed after the test class").isFalse();
			}
		}

		private static boolean isTopLevel(ExtensionContext context) {
			return context.getParent().flatMap(ExtensionContext::getTestClass).isEmpty();
		}

	}

}
