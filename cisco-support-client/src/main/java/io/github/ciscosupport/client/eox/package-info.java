/**
 * Typed client for the Cisco EoX (End of Life) API v5: {@link io.github.ciscosupport.client.eox.EoxClient}.
 */
@NullMarked
package io.github.ciscosupport.client.eox;

import org.jspecify.annotations.NullMarked;
