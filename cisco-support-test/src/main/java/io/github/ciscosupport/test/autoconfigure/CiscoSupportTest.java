package io.github.ciscosupport.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice for code that calls the Cisco Support APIs: only the starter's beans (the
 * {@code ciscoSupportClient} and what is taken from it: the authorization, the
 * {@code ciscoSupportWebClient}, the rate limiter, the typed clients) and the
 * Spring Boot infrastructure they need (HTTP client, {@code WebClient.Builder}, codecs, Jackson,
 * SSL bundles) are configured, plus the {@link #components() components} under test. Token
 * listeners, transport events, lookup listeners and {@code WebClientCustomizer} components found
 * by component scanning are included too.
 * <p>
 * Point the starter at a stand-in for Cisco with the usual properties
 * ({@code cisco.support.base-url}, {@code token-uri}, {@code client-id},
 * {@code client-secret}), for example with {@code @DynamicPropertySource} and a WireMock server,
 * or combine with
 * {@link io.github.ciscosupport.test.spring.AutoConfigureCiscoSupportSimulator @AutoConfigureCiscoSupportSimulator},
 * which publishes the simulator's connection details instead. Rate limiting and retries keep
 * their defaults; set {@code cisco.support.rate-limit.enabled=false} for faster tests.
 * <p>
 * Needs {@code spring-boot-test-autoconfigure} (part of {@code spring-boot-starter-test}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(CiscoSupportTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(CiscoSupportTypeExcludeFilter.class)
@AutoConfigureCiscoSupport
@ImportAutoConfiguration
public @interface CiscoSupportTest {

	/**
	 * Properties in the form {@literal key=value} added to the environment before the test runs.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * The components under test, picked from the component scan; same as {@link #components()}.
	 * @return the components
	 */
	@AliasFor("components")
	Class<?>[] value() default {};

	/**
	 * The components under test, picked from the component scan.
	 * @return the components
	 */
	@AliasFor("value")
	Class<?>[] components() default {};

	/**
	 * Whether the default filters (the components and listener types named above) apply.
	 * @return whether to use the default filters
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Further filters of the component scan for beans to add.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Filters of the component scan for beans that would otherwise be added.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configurations of the slice to leave out.
	 * @return the auto-configurations to exclude
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
