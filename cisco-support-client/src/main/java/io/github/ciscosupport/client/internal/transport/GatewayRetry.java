package io.github.ciscosupport.client.internal.transport;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
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
 * wait for the server's {@code Retry-After}, which differs per reply. Retries throttled and
 * unavailable replies ({@link RetryableReply}) and {@linkplain TransientFaults transient} I/O
 * failures; anything else, and the last failure once attempts or waiting time are used up,
 * surfaces as a descriptive exception.
 */
final class GatewayRetry extends Retry {

	private static final Log logger = LogFactory.getLog(GatewayRetry.class);

	private final ClientRequest request;

	private final RetryOptions options;

	private final TransportEvents events;

	private final Scheduler scheduler;

	private final DoubleSupplier random;

	GatewayRetry(ClientRequest request, RetryOptions options, TransportEvents events, Scheduler scheduler,
			DoubleSupplier random) {
		this.request = request;
		this.options = options;
		this.events = events;
		this.scheduler = scheduler;
		this.random = random;
	}

	GatewayRetry(ClientRequest request, RetryOptions options, TransportEvents events, Scheduler scheduler) {
		this(request, options, events, scheduler, Backoff.RANDOM);
	}

	@Override
	public Publisher<?> generateCompanion(Flux<RetrySignal> retrySignals) {
		// Called once per subscription, so each call has its own waiting budget.
		Call call = new Call();
		return retrySignals.concatMap(call::next);
	}

	/** The shared {@link Backoff} of the options, with this retry's randomness. */
	Duration backoff(int attempt) {
		return this.options.backoff().delay(attempt, this.random);
	}

	/** The retries of one call. */
	private final class Call {

		private Duration waited = Duration.ZERO;

		Mono<?> next(RetrySignal signal) {
			Throwable failure = signal.failure();
			ErrorReply reply = (failure instanceof RetryableReply retryable) ? retryable.reply() : null;
			if (reply == null && !TransientFaults.isTransient(failure)) {
				return Mono.error(failure);
			}
			int attempt = (int) signal.totalRetries() + 1;
			Duration retryAfter = (reply != null) ? reply.retryAfter(GatewayRetry.this.scheduler.now(TimeUnit.MILLISECONDS))
					: null;
			Duration delay = (retryAfter != null) ? retryAfter : backoff(attempt);
			String outcome = ErrorReply.outcome(attempt, this.waited);
			if (attempt >= GatewayRetry.this.options.maxAttempts()) {
				return Mono.error(giveUp(failure, reply, outcome));
			}
			Duration maxTotalWait = GatewayRetry.this.options.maxTotalWait();
			if (this.waited.plus(delay).compareTo(maxTotalWait) > 0) {
				return Mono.error(giveUp(failure, reply, outcome + " (waiting " + ErrorReply.seconds(delay)
						+ ((retryAfter != null) ? " more, as Retry-After asks," : " more") + " would exceed the "
						+ "maximum total wait of " + ErrorReply.seconds(maxTotalWait) + ")"));
			}
			this.waited = this.waited.plus(delay);
			onRetry(failure, reply, attempt, delay);
			return Mono.delay(delay, GatewayRetry.this.scheduler);
		}

	}

	private Throwable giveUp(Throwable failure, @Nullable ErrorReply reply, String outcome) {
		return (reply != null) ? reply.toException(outcome) : ErrorReply.noReply(this.request, failure, outcome);
	}

	private void onRetry(Throwable failure, @Nullable ErrorReply reply, int attempt, Duration delay) {
		if (logger.isWarnEnabled()) {
			String what = (reply != null) ? reply.summary() : ErrorReply.noReplySummary(failure);
			logger.warn(ErrorReply.call(this.request) + " failed with " + what + " (attempt " + attempt + " of "
					+ this.options.maxAttempts() + "); retrying in " + ErrorReply.seconds(delay),
					logger.isDebugEnabled() ? failure : null);
		}
		this.events.onRetry((reply != null) ? reply.toException("") : failure, attempt, delay);
		if (reply != null && reply.kind() == ReplyKind.THROTTLED) {
			this.events.onThrottled(delay);
		}
	}

}
