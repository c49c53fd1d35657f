/**
 * Options and hooks of the transport that every call to the Cisco Support APIs goes through: the
 * client-side rate limit shared by the whole process ({@link RequestRateLimiter},
 * {@link RateLimitOptions}), the retries of throttled and transient failures
 * ({@link RetryOptions}) and the events they report ({@link TransportEvents}). The transport
 * itself is assembled by {@link io.github.ciscosupport.client.CiscoSupportClient}.
 */
@NullMarked
package io.github.ciscosupport.client.transport;

import org.jspecify.annotations.NullMarked;
