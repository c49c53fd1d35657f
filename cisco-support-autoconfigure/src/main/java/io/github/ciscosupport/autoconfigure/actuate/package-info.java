/**
 * Masking of the Cisco secrets in the actuator endpoints.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
