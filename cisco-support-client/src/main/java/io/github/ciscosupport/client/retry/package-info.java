/**
 * What the retries of API calls and of token requests share: one {@link Backoff} (exponential,
 * capped, with jitter), in {@code RetryOptions} and {@code TokenRetryOptions} alike.
 */
@NullMarked
package io.github.ciscosupport.client.retry;

import org.jspecify.annotations.NullMarked;
