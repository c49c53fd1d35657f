package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;

import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Combines every {@link TokenFetchListener}, {@link TransportEvents} and {@link LookupListener}
 * bean into the one listener of each type that the client library takes, called in their
 * {@code @Order}: the starter's metrics and health beans listen alongside any of the
 * application's own, rather than each hiding the others. For the starter's auto-configurations.
 */
public final class CiscoSupportListeners {

	private CiscoSupportListeners() {
	}

	/** Every {@link TokenFetchListener} bean, in order, as one. */
	public static TokenFetchListener tokenFetchListener(ObjectProvider<TokenFetchListener> beans) {
		return combine(beans, TokenFetchListener.NONE, CiscoSupportListeners::allTokenFetchListeners);
	}

	/** Every {@link TransportEvents} bean, in order, as one. */
	public static TransportEvents transportEvents(ObjectProvider<TransportEvents> beans) {
		return combine(beans, TransportEvents.NONE, CiscoSupportListeners::allTransportEvents);
	}

	/** Every {@link LookupListener} bean, in order, as one. */
	public static LookupListener lookupListener(ObjectProvider<LookupListener> beans) {
		return combine(beans, LookupListener.NONE, CiscoSupportListeners::allLookupListeners);
	}

	private static <T> T combine(ObjectProvider<T> beans, T none, Function<List<T>, T> all) {
		List<T> listeners = beans.orderedStream().toList();
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
