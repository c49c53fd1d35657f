package io.github.ciscosupport.client.internal.transport;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Retries throttled and unavailable replies, transient I/O failures and 2xx replies whose body
 * cannot be used ({@link SuccessBody}) with {@link GatewayRetry}.
 * Each retry calls the rest of the chain again, so it takes a new rate-limit permit and writes
 * the request body again. Every Cisco Support API call is read-only (all are GET except ASD's,
 * which are read-only POSTs), so every call is retried, whatever its method.
 */
final class RetryFilter implements ExchangeFilterFunction {

	private final RetryOptions options;

	private final TransportEvents events;

	private final Scheduler scheduler;

	private final boolean throttlingPaced;

	/**
	 * @param throttlingPaced whether an adaptive rate limiter paces the attempt after a throttling
	 * reply ({@link RetryBudget})
	 */
	RetryFilter(RetryOptions options, TransportEvents events, Scheduler scheduler, boolean throttlingPaced) {
		this.options = options;
		this.events = events;
		this.scheduler = scheduler;
		this.throttlingPaced = throttlingPaced;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> next.exchange(request))
			.flatMap((response) -> {
				ReplyKind kind = ReplyKind.of(response);
				if (!kind.retryable()) {
					// A 2xx body is read here, so that one that cannot be used is retried too.
					return response.statusCode().is2xxSuccessful() ? SuccessBody.read(request, response)
							: Mono.just(response);
				}
				return ErrorReply.read(request, response, kind)
					.flatMap((reply) -> Mono.<ClientResponse>error(new RetryableReply(reply)));
			})
			.retryWhen(new GatewayRetry(request, this.options, this.events, this.scheduler, this.throttlingPaced));
	}

}
