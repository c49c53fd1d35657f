package io.github.ciscosupport.test.spring;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * Resets the simulator of tests annotated with {@link AutoConfigureCiscoSupportSimulator} before
 * each test method, so faults and recorded requests never leak between tests sharing a cached
 * context. Registered in {@code META-INF/spring.factories}.
 *
 * @author cisco-support-spring
 */
class CiscoSupportSimulatorTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		// After dependency injection (2000), before transactional and SQL listeners
		return 2100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(),
				AutoConfigureCiscoSupportSimulator.class)) {
			testContext.getApplicationContext()
				.getBeanProvider(CiscoSupportSimulator.class)
				.ifAvailable(CiscoSupportSimulator::reset);
		}
	}

}
