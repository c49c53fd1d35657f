package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.List;

import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Combines every {@link TokenFetchListener} and {@link TransportEvents} bean into the one the
 * client library takes: the starter's metrics and health beans listen alongside any of the
 * application's own, rather than each hiding the others.
 */
final class CiscoSupportListeners {

	private CiscoSupportListeners() {
	}

	static TokenFetchListener tokenFetchListener(List<TokenFetchListener> listeners) {
		if (listeners.isEmpty()) {
			return TokenFetchListener.NONE;
		}
		if (listeners.size() == 1) {
			return listeners.get(0);
		}
		List<TokenFetchListener> all = List.copyOf(listeners);
		return new TokenFetchListener() {

			@Override
			public void tokenFetched(Duration duration) {
				all.forEach((listener) -> listener.tokenFetched(duration));
			}

			@Override
			public void tokenFetchFailed(Throwable failure) {
				all.forEach((listener) -> listener.tokenFetchFailed(failure));
			}

			@Override
			public void reauthenticated(int statusCode) {
				all.forEach((listener) -> listener.reauthenticated(statusCode));
			}

		};
	}

	static TransportEvents transportEvents(List<TransportEvents> listeners) {
		if (listeners.isEmpty()) {
			return TransportEvents.NONE;
		}
		if (listeners.size() == 1) {
			return listeners.get(0);
		}
		List<TransportEvents> all = List.copyOf(listeners);
		return new TransportEvents() {

			@Override
			public void onRetry(Throwable cause, int attempt, Duration delay) {
				all.forEach((listener) -> listener.onRetry(cause, attempt, delay));
			}

			@Override
			public void onThrottled(Duration wait) {
				all.forEach((listener) -> listener.onThrottled(wait));
			}

			@Override
			public void onQuotaExhausted() {
				all.forEach(TransportEvents::onQuotaExhausted);
			}

			@Override
			public void onRateLimitWait(Duration wait) {
				all.forEach((listener) -> listener.onRateLimitWait(wait));
			}

		};
	}

}
