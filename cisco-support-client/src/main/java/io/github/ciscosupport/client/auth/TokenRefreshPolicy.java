package io.github.ciscosupport.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.util.Assert;

/**
 * Decides when a cached access token must be replaced: when less than
 * {@code max(skew, 10 % of its lifetime)} remains. The proportional part keeps short-lived tokens
 * (tests, or a future change at Cisco) from being refreshed on every call, while the fixed skew
 * covers clock drift and slow calls for Cisco's one-hour tokens.
 */
public final class TokenRefreshPolicy {

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

	/** Whether the token is expired or close enough to expiry to be replaced now. */
	public boolean isDue(OAuth2AccessToken token) {
		Instant expiresAt = token.getExpiresAt();
		if (expiresAt == null) {
			return false;
		}
		return !this.clock.instant().isBefore(refreshAt(token.getIssuedAt(), expiresAt));
	}

	Instant refreshAt(Instant issuedAt, Instant expiresAt) {
		Duration lifetime = (issuedAt != null) ? Duration.between(issuedAt, expiresAt) : Duration.ZERO;
		Duration margin = lifetime.dividedBy(10);
		return expiresAt.minus(margin.compareTo(this.skew) > 0 ? margin : this.skew);
	}

	/** The current instant of this policy's clock. */
	public Instant now() {
		return this.clock.instant();
	}

	public Duration getSkew() {
		return this.skew;
	}

}
