package io.github.ciscosupport.client.internal.batch;

import java.time.Clock;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.cache.AnswerCaching;

/**
 * How the typed clients run their batches.
 *
 * @param maxConcurrentBatches how many batches of one lookup may be in flight at once; the
 * rate limiter on the {@code WebClient} still decides how fast they actually go
 * @param listener told about every answered input, for metrics
 * @param caching where and how long answers are cached, or {@code null} for no cache
 * @param clock the clock cached answers expire by
 */
public record BatchOptions(int maxConcurrentBatches, LookupListener listener, @Nullable AnswerCaching caching,
		Clock clock) {

	public BatchOptions {
		Objects.requireNonNull(listener, "listener must not be null");
		Objects.requireNonNull(clock, "clock must not be null");
		if (maxConcurrentBatches < 1) {
			throw new IllegalArgumentException("maxConcurrentBatches must be at least 1, was " + maxConcurrentBatches);
		}
	}

	/**
	 * Options without an answer cache.
	 * @param maxConcurrentBatches how many batches of one lookup may be in flight at once
	 * @param listener told about every answered input
	 */
	public BatchOptions(int maxConcurrentBatches, LookupListener listener) {
		this(maxConcurrentBatches, listener, null, Clock.systemUTC());
	}

}
