package io.github.ciscosupport.client.internal.batch;

import java.util.Objects;

import io.github.ciscosupport.client.LookupListener;

/**
 * How the typed clients run their batches.
 *
 * @param maxConcurrentBatches how many batches of one lookup may be in flight at once; the
 * rate limiter on the {@code WebClient} still decides how fast they actually go
 * @param listener told about every answered input, for metrics
 */
public record BatchOptions(int maxConcurrentBatches, LookupListener listener) {

	public BatchOptions {
		Objects.requireNonNull(listener, "listener must not be null");
		if (maxConcurrentBatches < 1) {
			throw new IllegalArgumentException("maxConcurrentBatches must be at least 1, was " + maxConcurrentBatches);
		}
	}

}
