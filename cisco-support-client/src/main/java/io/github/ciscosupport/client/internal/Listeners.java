package io.github.ciscosupport.client.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Combines several {@link TokenFetchListener}s, {@link TransportEvents} and
 * {@link LookupListener}s into the one of each type that the transport and the typed clients
 * call, each called in the order given: metrics and health listen alongside an application's
 * own listeners, rather than each hiding the others.
 */
public final class Listeners {

	private Listeners() {
	}

	/** The listeners, in order, as one. */
	public static TokenFetchListener tokenFetchListener(List<TokenFetchListener> listeners) {
		return combine(listeners, TokenFetchListener.NONE, Listeners::allTokenFetchListeners);
	}

	/** The listeners, in order, as one. */
	public static TransportEvents transportEvents(List<TransportEvents> listeners) {
		return combine(listeners, TransportEvents.NONE, Listeners::allTransportEvents);
	}

	/** The listeners, in order, as one. */
	public static LookupListener lookupListener(List<LookupListener> listeners) {
		return combine(listeners, LookupListener.NONE, Listeners::allLookupListeners);
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

	private static LookupListener allLookupListeners(List<LookupListener> all) {
		return new LookupListener() {

			@Override
			public void inputs(String api, int count) {
				all.forEach((listener) -> listener.inputs(api, count));
			}

			@Override
			public void inputErrors(String api, String kind, int count) {
				all.forEach((listener) -> listener.inputErrors(api, kind, count));
			}

			@Override
			public void cacheHits(String api, int count) {
				all.forEach((listener) -> listener.cacheHits(api, count));
			}

			@Override
			public void cacheMisses(String api, int count) {
				all.forEach((listener) -> listener.cacheMisses(api, count));
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
