/**
 * Typed client for the Cisco Service Order Return (RMA) API v1.0:
 * {@link io.github.ciscosupport.client.rma.RmaClient}.
 */
@NullMarked
package io.github.ciscosupport.client.rma;

import org.jspecify.annotations.NullMarked;
