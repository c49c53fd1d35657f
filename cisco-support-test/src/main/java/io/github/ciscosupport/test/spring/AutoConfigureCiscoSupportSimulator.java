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
 * before each test method. The starter connects to it through the bean
 * {@code ciscoSupportSimulatorConnectionDetails}, a
 * {@link io.github.ciscosupport.autoconfigure.CiscoSupportConnectionDetails} that replaces the
 * {@code cisco.support.*} connection properties, as Spring Boot's {@code @ServiceConnection} does
 * for a database:
 * <ul>
 * <li>base URL: {@code http://127.0.0.1:<port>}</li>
 * <li>token URI: {@code http://127.0.0.1:<port>/oauth2/default/v1/token}</li>
 * <li>client ID: {@code simulator-client}</li>
 * <li>client secret: {@code simulator-secret}</li>
 * </ul>
 * A connection property the test sets inline ({@code cisco.support.base-url},
 * {@code token-uri}, {@code client-id} or {@code client-secret} in
 * {@code @TestPropertySource(properties = …)}, {@code @SpringBootTest(properties = …)} or
 * {@code @CiscoSupportTest(properties = …)}) wins over the simulator's value, for example a wrong
 * secret on purpose. The application's configuration files, environment variables and system
 * properties do not: unless the test says otherwise inline, it never reaches the real Cisco.
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
