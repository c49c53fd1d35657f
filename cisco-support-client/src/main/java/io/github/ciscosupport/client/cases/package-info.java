/**
 * Typed client for the Cisco Case API v3:
 * {@link io.github.ciscosupport.client.cases.CaseClient}.
 */
@NullMarked
package io.github.ciscosupport.client.cases;

import org.jspecify.annotations.NullMarked;
