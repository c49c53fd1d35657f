/**
 * Typed client for the Cisco Bug API v2.0:
 * {@link io.github.ciscosupport.client.bug.BugClient}.
 */
@NullMarked
package io.github.ciscosupport.client.bug;

import org.jspecify.annotations.NullMarked;
