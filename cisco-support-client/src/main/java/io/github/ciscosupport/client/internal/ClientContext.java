package io.github.ciscosupport.client.internal;

import java.util.Objects;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.internal.batch.BatchOptions;

/**
 * What every typed client is built on: the Cisco Support {@code WebClient}, with the whole
 * transport, and the batching options. Only {@code CiscoSupportClient} creates one, so that no
 * typed client runs on a {@code WebClient} without the transport.
 *
 * @param webClient the {@code WebClient} of the {@code CiscoSupportClient}
 * @param batchOptions how lookups run their batches
 */
public record ClientContext(WebClient webClient, BatchOptions batchOptions) {

	public ClientContext {
		Objects.requireNonNull(webClient, "webClient must not be null");
		Objects.requireNonNull(batchOptions, "batchOptions must not be null");
	}

}
