/**
 * Typed client for the Cisco Software Suggestion API v2:
 * {@link io.github.ciscosupport.client.software.SoftwareSuggestionClient}.
 */
@NullMarked
package io.github.ciscosupport.client.software;

import org.jspecify.annotations.NullMarked;
