/**
 * Spring test support for the simulator: {@code @AutoConfigureCiscoSupportSimulator} starts one
 * with the application context and publishes it as {@code CiscoSupportConnectionDetails}.
 */
@NullMarked
package io.github.ciscosupport.test.spring;

import org.jspecify.annotations.NullMarked;
