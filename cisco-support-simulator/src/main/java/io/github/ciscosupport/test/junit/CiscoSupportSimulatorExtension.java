package io.github.ciscosupport.test.junit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * JUnit Jupiter extension behind {@link CiscoSupportSimulatorTest}: one simulator per top-level
 * test class (shared with its {@code @Nested} classes), started on a free loopback port with the
 * default credentials, kept in the class's extension store and closed after the class. Before each test
 * the simulator is {@link CiscoSupportSimulator#reset() reset}, so faults, limits and recorded
 * requests never leak from one test into the next; this runs before the test's own
 * {@code @BeforeEach} methods.
 * <p>
 * Usable directly with {@code @ExtendWith(CiscoSupportSimulatorExtension.class)}.
 *
 * @author cisco-support-spring
 */
public class CiscoSupportSimulatorExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(CiscoSupportSimulatorExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		simulator(context);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		simulator(context).reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		// Closed explicitly rather than left to the store, whose closing of AutoCloseable values
		// can be switched off by configuration; the enclosing class of @Nested ones owns it
		if (classContext(context) == context) {
			CiscoSupportSimulator simulator = context.getStore(NAMESPACE)
				.remove(CiscoSupportSimulator.class, CiscoSupportSimulator.class);
			if (simulator != null) {
				simulator.close();
			}
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == CiscoSupportSimulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return simulator(extensionContext);
	}

	/**
	 * Returns the simulator of the test class the context belongs to, starting it on first use.
	 * Constructor injection can happen before {@code beforeAll} (per-class lifecycle), hence the
	 * lazy start.
	 * @param context any context of the test class
	 * @return the simulator
	 */
	static CiscoSupportSimulator simulator(ExtensionContext context) {
		return classContext(context).getStore(NAMESPACE)
			.computeIfAbsent(CiscoSupportSimulator.class, (key) -> CiscoSupportSimulator.start(),
					CiscoSupportSimulator.class);
	}

	private static ExtensionContext classContext(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (classContext.getParent().isPresent() && classContext.getParent().get().getTestClass().isPresent()) {
			classContext = classContext.getParent().get();
		}
		return classContext;
	}

}
