/**
 * Typed client for the Cisco Serial Number to Information API v2 (SN2INFO):
 * {@link io.github.ciscosupport.client.coverage.CoverageClient}.
 */
@NullMarked
package io.github.ciscosupport.client.coverage;

import org.jspecify.annotations.NullMarked;
