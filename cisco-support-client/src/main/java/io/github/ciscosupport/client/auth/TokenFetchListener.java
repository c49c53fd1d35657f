package io.github.ciscosupport.client.auth;

import java.time.Duration;

/**
 * Notified of every token request, for metrics. Implementations must be fast and must not throw.
 */
public interface TokenFetchListener {

	/** A listener that does nothing. */
	TokenFetchListener NONE = new TokenFetchListener() {
	};

	/** A token was issued after the given time. */
	default void tokenFetched(Duration duration) {
	}

	/** A token request failed. */
	default void tokenFetchFailed(Throwable failure) {
	}

	/** A cached token was dropped because Cisco rejected it, and the call will be retried. */
	default void reauthenticated(int statusCode) {
	}

}
