/**
 * The transport policies as {@code ExchangeFilterFunction}s: error mapping, retries with
 * Reactor's {@code Retry}, and the rate-limit filter, put in order by
 * {@link io.github.ciscosupport.client.internal.transport.CiscoSupportTransport}. Not an API: it
 * may change in any release, and nothing outside the client library should use it.
 */
@NullMarked
package io.github.ciscosupport.client.internal.transport;

import org.jspecify.annotations.NullMarked;
