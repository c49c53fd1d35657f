/**
 * Transport policies for the Cisco Support APIs, as {@code ExchangeFilterFunction}s that compose
 * on any {@code WebClient.Builder}: a client-side rate limit shared by the whole process, retries
 * of throttled and transient failures with Reactor's {@code Retry}, and the mapping of gateway
 * errors to exceptions that say what to check. {@link CiscoSupportTransport} returns them in
 * the order they must be applied.
 */
@NullMarked
package io.github.ciscosupport.client.transport;

import org.jspecify.annotations.NullMarked;
