package io.github.ciscosupport.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.json.AutoConfigureJson;

/**
 * Imports the auto-configurations of {@link CiscoSupportTest}: the starter's and the Spring Boot
 * HTTP client, {@code WebClient}, codec and Jackson ones they build on. Use it on its own to add
 * the Cisco beans to another slice. The list is
 * {@code META-INF/spring/io.github.ciscosupport.test.autoconfigure.AutoConfigureCiscoSupport.imports},
 * which other jars (typed clients, the simulator) can extend with a file of the same name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AutoConfigureJson
@ImportAutoConfiguration
public @interface AutoConfigureCiscoSupport {

}
