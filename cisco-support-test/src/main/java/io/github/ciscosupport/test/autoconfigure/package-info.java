/**
 * The {@code @CiscoSupportTest} slice and {@code @AutoConfigureCiscoSupport}: the starter's
 * beans without the rest of the application, for tests of code that calls Cisco.
 */
@NullMarked
package io.github.ciscosupport.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
