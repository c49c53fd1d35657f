/**
 * Typed client for the Cisco Automated Software Distribution (ASD) API v4.0:
 * {@link io.github.ciscosupport.client.asd.AsdClient}.
 */
@NullMarked
package io.github.ciscosupport.client.asd;

import org.jspecify.annotations.NullMarked;
