package io.github.ciscosupport.client.auth;

import java.time.Duration;
import java.util.function.DoubleSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.internal.Durations;

/**
 * Retries token requests that failed for a transient reason (5xx, 429, no response), waiting what
 * the token endpoint asked for ({@code Retry-After}, Okta's {@code x-rate-limit-reset}) or else
 * the shared jittered backoff, and optionally the false {@code invalid_client} answers of
 * id.cisco.com with a fixed delay. Every wait counts against the fetch's maximum total wait; a
 * wait that would go past it fails the fetch at once. Each retry is logged once at WARN, without
 * credentials.
 */
final class RetryingTokenResponseClient
		implements ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> {

	private static final Log logger = LogFactory.getLog(RetryingTokenResponseClient.class);

	private final ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> delegate;

	private final TokenRetryOptions options;

	private final Scheduler scheduler;

	private final DoubleSupplier random;

	RetryingTokenResponseClient(ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> delegate,
			TokenRetryOptions options, Scheduler scheduler, DoubleSupplier random) {
		this.delegate = delegate;
		this.options = options;
		this.scheduler = scheduler;
		this.random = random;
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> getTokenResponse(OAuth2ClientCredentialsGrantRequest request) {
		// Deferred so that the retry counters and the waiting budget belong to one fetch.
		return Mono.defer(() -> this.delegate.getTokenResponse(request).retryWhen(new Decision()));
	}

	static boolean isTransient(Throwable failure) {
		if (!(failure instanceof TokenEndpointException ex)) {
			return false;
		}
		int status = ex.getStatusCode();
		return status == 0 || status == 429 || status >= 500;
	}

	static boolean isInvalidClient(Throwable failure) {
		return failure instanceof TokenEndpointException ex && "invalid_client".equals(ex.getErrorCode());
	}

	private final class Decision extends Retry {

		private int transientRetries;

		private int invalidClientRetries;

		private Duration waited = Duration.ZERO;

		@Override
		public Flux<Long> generateCompanion(Flux<RetrySignal> signals) {
			return signals.concatMap((signal) -> {
				Throwable failure = signal.failure();
				Duration wait = nextWait(failure);
				if (wait == null) {
					return Mono.error(failure);
				}
				Duration maxTotalWait = RetryingTokenResponseClient.this.options.maxTotalWait();
				if (this.waited.plus(wait).compareTo(maxTotalWait) > 0) {
					return Mono.error(overBudget((TokenEndpointException) failure, wait, maxTotalWait));
				}
				this.waited = this.waited.plus(wait);
				logger.warn(failure.getMessage() + "; retrying in " + Durations.seconds(wait));
				return Mono.delay(wait, RetryingTokenResponseClient.this.scheduler);
			});
		}

		private @Nullable Duration nextWait(Throwable failure) {
			TokenRetryOptions options = RetryingTokenResponseClient.this.options;
			if (isTransient(failure) && this.transientRetries < options.maxAttempts() - 1) {
				this.transientRetries++;
				Duration asked = ((TokenEndpointException) failure).getRetryAfter();
				return (asked != null) ? asked
						: options.backoff().delay(this.transientRetries, RetryingTokenResponseClient.this.random);
			}
			if (isInvalidClient(failure) && this.invalidClientRetries < options.invalidClientRetries()) {
				this.invalidClientRetries++;
				return options.invalidClientRetryDelay();
			}
			return null;
		}

		private TokenEndpointException overBudget(TokenEndpointException failure, Duration wait,
				Duration maxTotalWait) {
			String why = (failure.getRetryAfter() != null) ? "the token endpoint asks to wait " : "the next retry waits ";
			return new TokenEndpointException(failure.getStatusCode(), failure.getErrorCode(),
					failure.getMessage() + ". Not retried: " + why + Durations.seconds(wait) + ", more than the "
							+ Durations.seconds(maxTotalWait.minus(this.waited)) + " left of the token retry budget"
							+ " (max-total-wait " + Durations.seconds(maxTotalWait) + ", "
							+ Durations.seconds(this.waited) + " already waited)",
					failure.getRetryAfter(), failure);
		}

	}

}
