package io.github.ciscosupport.client.internal.transport;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * The retry decisions of one call, whichever HTTP client makes it: the {@code WebClient}'s
 * {@link GatewayRetry} and the {@code RestClient}'s {@link RetryInterceptor} both ask it, after
 * each failed attempt, how long to wait before the next one or which exception ends the call.
 * Throttled and unavailable replies ({@link RetryableReply}) and {@linkplain TransientFaults
 * transient} I/O failures are retried, honouring {@code Retry-After}, until the attempts or the
 * total waiting time of the {@link RetryOptions} are used up. Not thread-safe: one per call.
 */
final class RetryBudget {

	private static final Log logger = LogFactory.getLog(RetryBudget.class);

	private final String method;

	private final String path;

	private final RetryOptions options;

	private final TransportEvents events;

	private final LongSupplier nowMillis;

	private final DoubleSupplier random;

	private final boolean throttlingPaced;

	private int attempts;

	private Duration waited = Duration.ZERO;

	/**
	 * @param throttlingPaced whether an adaptive rate limiter paces the next attempt after a
	 * throttling reply (it pauses the API until the gateway's window has room), in which case a
	 * throttling reply without {@code Retry-After} is retried as soon as the limiter lets it go,
	 * without a backoff of its own
	 */
	RetryBudget(String method, String path, RetryOptions options, TransportEvents events, LongSupplier nowMillis,
			DoubleSupplier random, boolean throttlingPaced) {
		this.method = method;
		this.path = path;
		this.options = options;
		this.events = events;
		this.nowMillis = nowMillis;
		this.random = random;
		this.throttlingPaced = throttlingPaced;
	}

	/**
	 * Decides what follows a failed attempt, and reports a retry to the log and the events.
	 * @param failure the failure of the attempt
	 * @return the wait before the next attempt, or the exception that ends the call
	 */
	Decision next(Throwable failure) {
		ErrorReply reply = (failure instanceof RetryableReply retryable) ? retryable.reply() : null;
		if (reply == null && !TransientFaults.isTransient(failure)) {
			return Decision.fail(failure);
		}
		int attempt = ++this.attempts;
		Duration retryAfter = (reply != null) ? reply.retryAfter(this.nowMillis.getAsLong()) : null;
		boolean paced = reply != null && retryAfter == null && this.throttlingPaced
				&& reply.kind() == ReplyKind.THROTTLED;
		Duration delay = (retryAfter != null) ? retryAfter
				: paced ? Duration.ZERO : this.options.backoff().delay(attempt, this.random);
		String outcome = ErrorReply.outcome(attempt, this.waited);
		if (attempt >= this.options.maxAttempts()) {
			return Decision.fail(giveUp(failure, reply, outcome));
		}
		Duration maxTotalWait = this.options.maxTotalWait();
		if (this.waited.plus(delay).compareTo(maxTotalWait) > 0) {
			return Decision.fail(giveUp(failure, reply, outcome + " (waiting " + ErrorReply.seconds(delay)
					+ ((retryAfter != null) ? " more, as Retry-After asks," : " more") + " would exceed the "
					+ "maximum total wait of " + ErrorReply.seconds(maxTotalWait) + ")"));
		}
		this.waited = this.waited.plus(delay);
		onRetry(failure, reply, attempt, delay, paced);
		return Decision.retryAfter(delay);
	}

	private Throwable giveUp(Throwable failure, @Nullable ErrorReply reply, String outcome) {
		return (reply != null) ? reply.toException(outcome)
				: ErrorReply.noReply(this.method, this.path, failure, outcome);
	}

	private void onRetry(Throwable failure, @Nullable ErrorReply reply, int attempt, Duration delay,
			boolean paced) {
		if (logger.isWarnEnabled()) {
			String what = (reply != null) ? reply.summary() : ErrorReply.noReplySummary(failure);
			logger.warn(ErrorReply.call(this.method, this.path) + " failed with " + what + " (attempt " + attempt
					+ " of " + this.options.maxAttempts() + "); retrying "
					+ (paced ? "when the adaptive rate limit lets it go" : "in " + ErrorReply.seconds(delay)),
					logger.isDebugEnabled() ? failure : null);
		}
		this.events.onRetry((reply != null) ? reply.toException("") : failure, attempt, delay);
		if (reply != null && reply.kind() == ReplyKind.THROTTLED) {
			this.events.onThrottled(delay);
		}
	}

	/**
	 * What follows a failed attempt: a wait and another attempt, or the end of the call.
	 * @param delay the wait before the next attempt, or null
	 * @param failure the exception that ends the call, or null
	 */
	record Decision(@Nullable Duration delay, @Nullable Throwable failure) {

		static Decision retryAfter(Duration delay) {
			return new Decision(delay, null);
		}

		static Decision fail(Throwable failure) {
			return new Decision(null, failure);
		}

	}

}
