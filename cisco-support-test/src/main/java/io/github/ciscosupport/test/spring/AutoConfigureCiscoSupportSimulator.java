package io.github.ciscosupport.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test's application context at a {@link
 * io.github.ciscosupport.test.simulator.CiscoSupportSimulator Cisco Support API simulator}: the
 * simulator is started with the context, published as the bean {@code ciscoSupportSimulator}
 * (inject it to program faults or count requests), stopped when the context closes, and reset
 * before each test method. These properties are set, ranking below inlined
 * {@code @TestPropertySource}/{@code @SpringBootTest(properties=…)} values so a test can still
 * override one of them:
 * <ul>
 * <li>{@code cisco.support.base-url}: {@code http://127.0.0.1:<port>}</li>
 * <li>{@code cisco.support.token-uri}: {@code http://127.0.0.1:<port>/oauth2/default/v1/token}</li>
 * <li>{@code cisco.support.client-id}: {@code simulator-client}</li>
 * <li>{@code cisco.support.client-secret}: {@code simulator-secret}</li>
 * </ul>
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureCiscoSupportSimulator
 * class LifecycleServiceTests {
 *
 *     &#64;Autowired
 *     CiscoSupportSimulator sim;
 *
 * }
 * </pre>
 *
 * @author cisco-support-spring
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureCiscoSupportSimulator {

}
