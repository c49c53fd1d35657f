package io.github.ciscosupport.test.spring;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Adds the simulator to the contexts of tests annotated with
 * {@link AutoConfigureCiscoSupportSimulator} (also found on enclosing classes of
 * {@code @Nested} tests). Registered in {@code META-INF/spring.factories}.
 *
 * @author cisco-support-spring
 */
class CiscoSupportSimulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return TestContextAnnotationUtils.hasAnnotation(testClass, AutoConfigureCiscoSupportSimulator.class)
				? new CiscoSupportSimulatorContextCustomizer() : null;
	}

}
