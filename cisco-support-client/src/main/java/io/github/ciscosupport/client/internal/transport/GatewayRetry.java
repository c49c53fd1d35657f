package io.github.ciscosupport.client.internal.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

import org.springframework.web.reactive.function.client.ClientRequest;

import io.github.ciscosupport.client.retry.Backoff;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * The retry policy of one call, as a Reactor {@link Retry}: a {@code RetryBackoffSpec} cannot
 * wait for the server's {@code Retry-After}, which differs per reply. The decisions are
 * {@link RetryBudget}'s, shared with the {@code RestClient}'s {@link RetryInterceptor}.
 */
final class GatewayRetry extends Retry {

	private final ClientRequest request;

	private final RetryOptions options;

	private final TransportEvents events;

	private final Scheduler scheduler;

	private final DoubleSupplier random;

	private final boolean throttlingPaced;

	GatewayRetry(ClientRequest request, RetryOptions options, TransportEvents events, Scheduler scheduler,
			DoubleSupplier random, boolean throttlingPaced) {
		this.request = request;
		this.options = options;
		this.events = events;
		this.scheduler = scheduler;
		this.random = random;
		this.throttlingPaced = throttlingPaced;
	}

	GatewayRetry(ClientRequest request, RetryOptions options, TransportEvents events, Scheduler scheduler,
			boolean throttlingPaced) {
		this(request, options, events, scheduler, Backoff.RANDOM, throttlingPaced);
	}

	@Override
	public Publisher<?> generateCompanion(Flux<RetrySignal> retrySignals) {
		// Called once per subscription, so each call has its own waiting budget.
		RetryBudget budget = new RetryBudget(this.request.method().name(), this.request.url().getRawPath(),
				this.options, this.events, () -> this.scheduler.now(TimeUnit.MILLISECONDS), this.random,
				this.throttlingPaced);
		return retrySignals.concatMap((signal) -> {
			RetryBudget.Decision decision = budget.next(signal.failure());
			if (decision.failure() != null) {
				return Mono.error(decision.failure());
			}
			Duration delay = Objects.requireNonNull(decision.delay());
			return delay.isZero() ? Mono.just(0L) : Mono.delay(delay, this.scheduler);
		});
	}

	/** The shared {@link Backoff} of the options, with this retry's randomness. */
	Duration backoff(int attempt) {
		return this.options.backoff().delay(attempt, this.random);
	}

}
