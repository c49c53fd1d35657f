/**
 * Typed client for the Cisco PSIRT openVuln API v2:
 * {@link io.github.ciscosupport.client.psirt.SecurityAdvisoryClient}.
 */
@NullMarked
package io.github.ciscosupport.client.psirt;

import org.jspecify.annotations.NullMarked;
