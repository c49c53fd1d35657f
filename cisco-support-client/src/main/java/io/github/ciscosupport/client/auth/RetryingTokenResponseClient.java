package io.github.ciscosupport.client.auth;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import io.github.ciscosupport.client.TokenEndpointException;

/**
 * Retries token requests that failed for a transient reason (5xx, 429, no response) with
 * exponential backoff, and optionally the false {@code invalid_client} answers of id.cisco.com
 * with a fixed delay. Each retry is logged once at WARN, without credentials.
 */
final class RetryingTokenResponseClient
		implements ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> {

	private static final Log logger = LogFactory.getLog(RetryingTokenResponseClient.class);

	private final ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> delegate;

	private final TokenRetryOptions options;

	private final Scheduler scheduler;

	RetryingTokenResponseClient(ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> delegate,
			TokenRetryOptions options, Scheduler scheduler) {
		this.delegate = delegate;
		this.options = options;
		this.scheduler = scheduler;
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> getTokenResponse(OAuth2ClientCredentialsGrantRequest request) {
		// Deferred so that the retry counters belong to one fetch.
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

		@Override
		public Flux<Long> generateCompanion(Flux<RetrySignal> signals) {
			return signals.concatMap((signal) -> {
				Throwable failure = signal.failure();
				Duration wait = nextWait(failure);
				if (wait == null) {
					return Mono.error(failure);
				}
				logger.warn(failure.getMessage() + "; retrying in " + wait.toMillis() + " ms");
				return Mono.delay(wait, RetryingTokenResponseClient.this.scheduler);
			});
		}

		private Duration nextWait(Throwable failure) {
			TokenRetryOptions options = RetryingTokenResponseClient.this.options;
			if (isTransient(failure) && this.transientRetries < options.maxAttempts() - 1) {
				Duration backoff = options.initialBackoff().multipliedBy(1L << Math.min(this.transientRetries, 20));
				this.transientRetries++;
				return (backoff.compareTo(options.maxBackoff()) > 0) ? options.maxBackoff() : backoff;
			}
			if (isInvalidClient(failure) && this.invalidClientRetries < options.invalidClientRetries()) {
				this.invalidClientRetries++;
				return options.invalidClientRetryDelay();
			}
			return null;
		}

	}

}
