package io.github.ciscosupport.client.internal.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import io.github.ciscosupport.client.retry.Backoff;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * The {@code RestClient} form of {@link RetryFilter}, with the same decisions
 * ({@link RetryBudget}): retries throttled and unavailable replies, transient I/O failures and
 * 2xx replies whose body cannot be used ({@link SuccessBody}), each attempt through the rest of
 * the chain (a new permit, the token again). The backoff is waited for on the caller's own thread,
 * timed by the client's scheduler like the {@code WebClient}'s.
 */
final class RetryInterceptor implements ClientHttpRequestInterceptor {

	private final RetryOptions options;

	private final TransportEvents events;

	private final Scheduler scheduler;

	private final int maxResponseSize;

	private final boolean throttlingPaced;

	/**
	 * @param throttlingPaced whether an adaptive rate limiter paces the attempt after a throttling
	 * reply ({@link RetryBudget})
	 */
	RetryInterceptor(RetryOptions options, TransportEvents events, Scheduler scheduler, int maxResponseSize,
			boolean throttlingPaced) {
		this.options = options;
		this.events = events;
		this.scheduler = scheduler;
		this.maxResponseSize = maxResponseSize;
		this.throttlingPaced = throttlingPaced;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String method = request.getMethod().name();
		String path = request.getURI().getRawPath();
		RetryBudget budget = new RetryBudget(method, path, this.options, this.events,
				() -> this.scheduler.now(TimeUnit.MILLISECONDS), Backoff.RANDOM, this.throttlingPaced);
		while (true) {
			Throwable failure;
			try {
				ClientHttpResponse response = execution.execute(request, body);
				int status = response.getStatusCode().value();
				ReplyKind kind = ReplyKind.of(status, response.getHeaders());
				if (!kind.retryable()) {
					return (status >= 200 && status < 300)
							? BufferedResponse.read(method, path, response, this.maxResponseSize) : response;
				}
				failure = new RetryableReply(ErrorReply.read(method, path, response, kind));
			}
			catch (IOException | RuntimeException ex) {
				failure = ex;
			}
			RetryBudget.Decision decision = budget.next(failure);
			if (decision.failure() != null) {
				throw rethrow(decision.failure());
			}
			Duration delay = Objects.requireNonNull(decision.delay());
			if (!delay.isZero()) {
				Mono.delay(delay, this.scheduler).block();
			}
		}
	}

	private static IOException rethrow(Throwable failure) {
		if (failure instanceof IOException io) {
			return io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		return new IOException(failure);
	}

}
