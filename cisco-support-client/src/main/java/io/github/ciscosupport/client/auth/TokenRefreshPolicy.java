package io.github.ciscosupport.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.util.Assert;

/**
 * Decides when a cached access token must be replaced: when less than
 * {@code max(10 % of its lifetime, min(skew, 20 % of its lifetime))} remains. The fixed skew
 * covers clock drift and slow calls; the proportional floor grows the margin for long-lived tokens
 * (Cisco's one-hour tokens are replaced 6 minutes before expiry); and the skew counts for at most
 * a fifth of the lifetime, so short-lived tokens (tests, or a future change at Cisco) are still
 * fetched about once per lifetime rather than on every call: a token is always used for at least
 * 80 % of its lifetime (a 5 s token for 4 s, a 60 s token for 48 s).
 */
final class TokenRefreshPolicy {

	/** The default skew: one minute, as the better public clients use. */
	public static final Duration DEFAULT_SKEW = Duration.ofSeconds(60);

	private final Duration skew;

	private final Clock clock;

	public TokenRefreshPolicy(Duration skew, Clock clock) {
		Objects.requireNonNull(skew, "skew must not be null");
		Assert.isTrue(!skew.isNegative(), "skew must not be negative");
		this.skew = skew;
		this.clock = Objects.requireNonNull(clock, "clock must not be null");
	}

	/** Whether the token has expired: it can no longer be used at all. */
	public boolean isExpired(OAuth2AccessToken token) {
		Instant expiresAt = token.getExpiresAt();
		return expiresAt != null && !this.clock.instant().isBefore(expiresAt);
	}

	/** Whether the token is expired or close enough to expiry to be replaced now. */
	public boolean isDue(OAuth2AccessToken token) {
		Instant expiresAt = token.getExpiresAt();
		if (expiresAt == null) {
			return false;
		}
		return !this.clock.instant().isBefore(refreshAt(token.getIssuedAt(), expiresAt));
	}

	Instant refreshAt(Instant issuedAt, Instant expiresAt) {
		if (issuedAt == null) {
			return expiresAt.minus(this.skew);
		}
		// In milliseconds: Duration.dividedBy goes through BigDecimal, and this runs on every call.
		long lifetime = lifetimeMillis(issuedAt, expiresAt);
		Duration skew = min(this.skew, Duration.ofMillis(lifetime / 5));
		return expiresAt.minus(max(skew, Duration.ofMillis(lifetime / 10)));
	}

	private static long lifetimeMillis(Instant issuedAt, Instant expiresAt) {
		try {
			return Duration.between(issuedAt, expiresAt).toMillis();
		}
		catch (ArithmeticException ex) {
			// A lifetime of more than 292 million years.
			return Long.MAX_VALUE;
		}
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/** The current instant of this policy's clock. */
	public Instant now() {
		return this.clock.instant();
	}

	public Duration getSkew() {
		return this.skew;
	}

}
