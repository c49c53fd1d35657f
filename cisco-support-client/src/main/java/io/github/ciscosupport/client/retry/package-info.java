/**
 * What the retries of API calls and of token requests share: one {@link Backoff} (exponential,
 * capped, with jitter) and one reading of the waits a server asks for ({@link RetryAfter}).
 */
@NullMarked
package io.github.ciscosupport.client.retry;

import org.jspecify.annotations.NullMarked;
