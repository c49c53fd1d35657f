package io.github.ciscosupport.test.autoconfigure.sample;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import io.github.ciscosupport.client.auth.TokenFetchListener;

/**
 * A token listener of the application's, which a slice test keeps because it takes part in the
 * Cisco calls.
 */
@Component
public class TokenAudit implements TokenFetchListener {

	private final AtomicInteger fetched = new AtomicInteger();

	@Override
	public void tokenFetched(Duration duration) {
		this.fetched.incrementAndGet();
	}

	public int fetched() {
		return this.fetched.get();
	}

}
