/**
 * The Cisco Support APIs client: {@link io.github.ciscosupport.client.CiscoSupportClient}, the one
 * entry point, which builds the transport and hands out the typed clients; the exceptions a call
 * fails with; and the result of a batched lookup, one
 * {@link io.github.ciscosupport.client.ItemResult} per input, with an
 * {@link io.github.ciscosupport.client.ItemError} when there is no data.
 */
@NullMarked
package io.github.ciscosupport.client;

import org.jspecify.annotations.NullMarked;
