package io.github.ciscosupport.sample;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * Runs the sample against an in-process Cisco simulator when no Cisco credentials are configured,
 * so that it works on a fresh clone: the simulator and its {@link EmbeddedSimulatorConnectionDetails
 * connection details} become beans, and the starter connects to it through them. With
 * {@code cisco.support.client-id} set (for example through the {@code CISCO_SUPPORT_CLIENT_ID}
 * environment variable) it adds neither and the application talks to Cisco.
 */
class EmbeddedSimulatorEnvironmentPostProcessor implements EnvironmentPostProcessor {

	private final Log logger;

	EmbeddedSimulatorEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(EmbeddedSimulatorEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("cisco.support.client-id")
				|| !environment.getProperty("sample.simulator.enabled", Boolean.class, true)) {
			return;
		}
		CiscoSupportSimulator simulator = CiscoSupportSimulator.start();
		application.addInitializers((context) -> {
			context.getBeanFactory().registerSingleton("ciscoSupportSimulator", simulator);
			context.getBeanFactory()
				.registerSingleton("embeddedSimulatorConnectionDetails", new EmbeddedSimulatorConnectionDetails(simulator));
			context.addApplicationListener((ContextClosedEvent event) -> simulator.close());
		});
		this.logger.warn("No Cisco credentials configured (CISCO_SUPPORT_CLIENT_ID / CISCO_SUPPORT_CLIENT_SECRET): "
				+ "running against the embedded Cisco Support API SIMULATOR at " + simulator.baseUrl()
				+ ". Its data is synthetic.");
	}

}
