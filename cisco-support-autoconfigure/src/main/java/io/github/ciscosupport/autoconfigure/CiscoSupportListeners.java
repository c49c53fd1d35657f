package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

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
		return combine(listeners, TokenFetchListener.NONE, CiscoSupportListeners::allTokenFetchListeners);
	}

	static TransportEvents transportEvents(List<TransportEvents> listeners) {
		return combine(listeners, TransportEvents.NONE, CiscoSupportListeners::allTransportEvents);
	}

	private static <T> T combine(List<T> listeners, T none, Function<List<T>, T> all) {
		return switch (listeners.size()) {
			case 0 -> none;
			case 1 -> listeners.get(0);
			default -> all.apply(List.copyOf(listeners));
		};
	}

	private static TokenFetchListener allTokenFetchListeners(List<TokenFetchListener> all) {
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

	private static TransportEvents allTransportEvents(List<TransportEvents> all) {
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
