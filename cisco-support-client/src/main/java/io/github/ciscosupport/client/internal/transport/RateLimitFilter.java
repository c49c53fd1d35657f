package io.github.ciscosupport.client.internal.transport;

import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Holds each request until the shared {@link RequestRateLimiter} gives it a permit.
 */
final class RateLimitFilter implements ExchangeFilterFunction {

	private final RequestRateLimiter limiter;

	private final TransportEvents events;

	RateLimitFilter(RequestRateLimiter limiter, TransportEvents events) {
		this.limiter = limiter;
		this.events = events;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		String path = Objects.requireNonNullElse(request.url().getRawPath(), "/");
		return this.limiter.acquire(path).flatMap((waited) -> {
			if (!waited.isZero()) {
				this.events.onRateLimitWait(waited);
			}
			return next.exchange(request);
		});
	}

}
