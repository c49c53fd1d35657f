package io.github.ciscosupport.client.internal.transport;

import org.jspecify.annotations.Nullable;
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

	private final @Nullable QuotaGuard quotaGuard;

	ErrorMappingFilter(TransportEvents events) {
		this(events, null);
	}

	/**
	 * @param events notified when the daily quota is used up
	 * @param quotaGuard told when the daily quota is used up, so that later calls fail fast
	 */
	ErrorMappingFilter(TransportEvents events, @Nullable QuotaGuard quotaGuard) {
		this.events = events;
		this.quotaGuard = quotaGuard;
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
				.doOnNext(this::rememberQuota)
				.flatMap((reply) -> Mono.<ClientResponse>error(reply.toException("")));
		});
	}

	private void rememberQuota(ErrorReply reply) {
		if (reply.kind() == ReplyKind.QUOTA_EXCEEDED && this.quotaGuard != null) {
			this.quotaGuard.exhausted(reply);
		}
	}

}
