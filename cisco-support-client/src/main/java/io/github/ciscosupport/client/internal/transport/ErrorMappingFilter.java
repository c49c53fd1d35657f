package io.github.ciscosupport.client.internal.transport;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Turns the error replies that reach it into exceptions that say what happened and what to
 * check (see {@link ReplyKind} for which). An error reply with a JSON body and no
 * {@code X-Mashery-Error-Code} is an API's own error envelope and is passed to the caller as it
 * is, so that typed clients can read it.
 */
final class ErrorMappingFilter implements ExchangeFilterFunction {

	private final TransportEvents events;

	ErrorMappingFilter(TransportEvents events) {
		this.events = events;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).flatMap((response) -> {
			ReplyKind kind = ReplyKind.of(response);
			if (kind == ReplyKind.FOR_CALLER) {
				return Mono.just(response);
			}
			if (kind == ReplyKind.QUOTA_EXCEEDED) {
				this.events.onQuotaExhausted();
			}
			return ErrorReply.read(request, response, kind)
				.flatMap((reply) -> Mono.<ClientResponse>error(reply.toException("")));
		});
	}

}
