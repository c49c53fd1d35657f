package io.github.ciscosupport.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link io.github.ciscosupport.test.simulator.CiscoSupportSimulator Cisco Support API
 * simulator} per test class, injects it into test constructors, lifecycle and test methods
 * declaring a {@code CiscoSupportSimulator} parameter, resets its faults and request journal
 * before each test, and stops it after the class.
 * <pre class="code">
 * &#64;CiscoSupportSimulatorTest
 * class EoxClientTests {
 *
 *     &#64;Test
 *     void retriesOnServiceUnavailable(CiscoSupportSimulator sim) {
 *         sim.faults().failNextApiCalls(1, ApiFault.SERVICE_UNAVAILABLE);
 *         // ... call sim.baseUrl() ...
 *     }
 *
 * }
 * </pre>
 *
 * @author cisco-support-spring
 * @see CiscoSupportSimulatorExtension
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CiscoSupportSimulatorExtension.class)
public @interface CiscoSupportSimulatorTest {

}
