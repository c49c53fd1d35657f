package io.github.ciscosupport.client.internal.batch;

import java.util.Objects;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.LookupListener;

/**
 * Options shared by the typed clients.
 *
 * @param maxConcurrentBatches how many batches of one lookup may be in flight at once; the
 * rate limiter on the {@code WebClient} still decides how fast they actually go
 * @param maxResponseBytes the largest response body a client decodes; EoX pages of 1000 records
 * are about a megabyte, above the 256 KB default of Spring's codecs
 * @param listener told about every answered input, for metrics
 */
public record BatchOptions(int maxConcurrentBatches, int maxResponseBytes, LookupListener listener) {

	/** Default for {@link #maxConcurrentBatches()}. */
	public static final int DEFAULT_MAX_CONCURRENT_BATCHES = 4;

	/** Default for {@link #maxResponseBytes()}: 16 MiB. */
	public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

	/** Options without a listener. */
	public BatchOptions(int maxConcurrentBatches, int maxResponseBytes) {
		this(maxConcurrentBatches, maxResponseBytes, LookupListener.NONE);
	}

	public BatchOptions {
		Objects.requireNonNull(listener, "listener must not be null");
		if (maxConcurrentBatches < 1) {
			throw new IllegalArgumentException("maxConcurrentBatches must be at least 1, was " + maxConcurrentBatches);
		}
		if (maxResponseBytes < 1) {
			throw new IllegalArgumentException("maxResponseBytes must be at least 1, was " + maxResponseBytes);
		}
	}

	/**
	 * The defaults: 4 concurrent batches, 16 MiB responses.
	 * @return the default options
	 */
	public static BatchOptions defaults() {
		return new BatchOptions(DEFAULT_MAX_CONCURRENT_BATCHES, DEFAULT_MAX_RESPONSE_BYTES);
	}

	/**
	 * The given {@code WebClient} with its filters, base URL and connector, decoding responses
	 * up to {@link #maxResponseBytes()}.
	 * @param webClient the Cisco Support {@code WebClient}
	 * @return a {@code WebClient} for a typed client
	 */
	public WebClient applyTo(WebClient webClient) {
		return webClient.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(this.maxResponseBytes))
			.build();
	}

}
