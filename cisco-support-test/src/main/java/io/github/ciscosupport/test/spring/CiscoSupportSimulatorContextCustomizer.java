package io.github.ciscosupport.test.spring;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * Starts a simulator for an application context, registers it as a bean and adds the
 * {@code cisco.support.*} properties pointing at it. All instances are equal, so the test context
 * cache shares one context, and one simulator, between test classes with the same configuration.
 *
 * @author cisco-support-spring
 */
class CiscoSupportSimulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "ciscoSupportSimulator";

	static final String PROPERTY_SOURCE_NAME = "ciscoSupportSimulator";

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		CiscoSupportSimulator simulator = CiscoSupportSimulator.start();
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("cisco.support.base-url", simulator.baseUrl());
		properties.put("cisco.support.token-uri", simulator.tokenUri());
		properties.put("cisco.support.client-id", simulator.clientId());
		properties.put("cisco.support.client-secret", simulator.clientSecret());
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
		if (sources.contains(inlined)) {
			sources.addAfter(inlined, source);
		}
		else {
			sources.addFirst(source);
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, simulator);
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
	public boolean equals(Object obj) {
		return obj != null && obj.getClass() == getClass();
	}

	@Override
	public int hashCode() {
		return getClass().hashCode();
	}

}
