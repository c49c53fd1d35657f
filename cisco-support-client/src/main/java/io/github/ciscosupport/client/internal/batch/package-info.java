/**
 * Machinery shared by every typed client: splitting any number of inputs into batches at an
 * API's ceiling, running them with bounded concurrency, and answering each input exactly once,
 * in input order, with either data or an {@link io.github.ciscosupport.client.ItemError}.
 * Also the reading of Cisco's in-body errors and access-denied codes.
 * <p>
 * Not an API: it may change in any release, and nothing outside the client library should use it.
 */
@NullMarked
package io.github.ciscosupport.client.internal.batch;

import org.jspecify.annotations.NullMarked;
