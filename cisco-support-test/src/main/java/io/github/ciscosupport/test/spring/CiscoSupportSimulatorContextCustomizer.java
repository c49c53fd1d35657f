package io.github.ciscosupport.test.spring;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * Starts a simulator for an application context and registers it as a bean, with the
 * {@link CiscoSupportSimulatorConnectionDetails connection details} that point the starter at it.
 * All instances are equal, so the test context cache shares one context, and one simulator,
 * between test classes with the same configuration.
 *
 * @author cisco-support-spring
 */
class CiscoSupportSimulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "ciscoSupportSimulator";

	static final String CONNECTION_DETAILS_BEAN_NAME = "ciscoSupportSimulatorConnectionDetails";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		CiscoSupportSimulator simulator = CiscoSupportSimulator.start();
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, simulator);
		// The starter's property-based connection details back off for this bean.
		beanFactory.registerSingleton(CONNECTION_DETAILS_BEAN_NAME,
				new CiscoSupportSimulatorConnectionDetails(simulator, context.getEnvironment()));
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, simulator::close);
		}
		else {
			context.addApplicationListener((event) -> {
				if (event instanceof org.springframework.context.event.ContextClosedEvent) {
					simulator.close();
				}
			});
		}
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		return obj != null && obj.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
