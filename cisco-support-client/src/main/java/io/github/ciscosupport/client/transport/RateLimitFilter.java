package io.github.ciscosupport.client.transport;

import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.ciscosupport.client.internal.RetryAfter;
import io.github.ciscosupport.client.internal.transport.ReplyKind;

/**
 * Holds each request until the shared {@link RequestRateLimiter} gives it a permit, and, when the
 * rate is adaptive, tells the limiter how the gateway answered: closest to the wire, it sees every
 * physical reply, those of retried requests included.
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
		return this.limiter.permit(path).flatMap((permit) -> {
			if (!permit.waited().isZero()) {
				this.events.onRateLimitWait(permit.waited());
			}
			Mono<ClientResponse> exchange = next.exchange(request);
			return permit.wantsReply() ? exchange.doOnNext((response) -> replied(this.limiter, permit,
					response.statusCode().value(), response.headers().asHttpHeaders())) : exchange;
		});
	}

	/** Reports a reply to the limiter, for the {@code WebClient} and the {@code RestClient} alike. */
	static void replied(RequestRateLimiter limiter, RequestRateLimiter.Permit permit, int status, HttpHeaders headers) {
		ReplyKind kind = ReplyKind.of(status, headers);
		if (kind == ReplyKind.QUOTA_EXCEEDED) {
			// The daily quota says nothing about the rate per second.
			return;
		}
		boolean throttled = kind == ReplyKind.THROTTLED;
		limiter.replied(permit, throttled, throttled ? RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER),
				headers.getFirst(HttpHeaders.DATE), limiter.nowMillis()) : null);
	}

}
