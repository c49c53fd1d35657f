/**
 * Machinery shared by every typed client: splitting any number of inputs into batches at an
 * API's ceiling, running them with bounded concurrency, and answering each input exactly once,
 * in input order, with either data or an {@link io.github.ciscosupport.client.batch.ItemError}.
 * Also the reading of Cisco's in-body errors and access-denied codes.
 */
@NullMarked
package io.github.ciscosupport.client.batch;

import org.jspecify.annotations.NullMarked;
