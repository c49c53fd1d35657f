package io.github.ciscosupport.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import io.github.ciscosupport.client.internal.Durations;
import io.github.ciscosupport.client.retry.Backoff;

/**
 * Client-credentials provider with three differences from Spring Security's: concurrent callers
 * on a cold or expiring cache share one in-flight token request (Security's provider issues one
 * per caller); expiry follows {@link TokenRefreshPolicy} with the token's issue time taken from
 * the policy's clock, so that refresh is testable with a fixed clock; and a refresh that fails
 * while the current token is still valid keeps that token (one WARN line) and is tried again
 * after a backoff, so callers fail only once the token has really expired.
 */
final class ClientCredentialsTokenProvider implements ReactiveOAuth2AuthorizedClientProvider {

	private static final Log logger = LogFactory.getLog(ClientCredentialsTokenProvider.class);

	private final ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient;

	private final TokenRefreshPolicy refreshPolicy;

	private final AuthorizedClientCache cache;

	private final TokenFetchListener listener;

	private final TokenFetchObservation observation;

	private final Backoff refreshBackoff;

	private final DoubleSupplier random;

	private final Map<String, Mono<OAuth2AuthorizedClient>> inFlight = new ConcurrentHashMap<>();

	private final Map<String, FailedRefreshes> failedRefreshes = new ConcurrentHashMap<>();

	ClientCredentialsTokenProvider(ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient,
			TokenRefreshPolicy refreshPolicy, AuthorizedClientCache cache, TokenFetchListener listener,
			TokenFetchObservation observation, Backoff refreshBackoff, DoubleSupplier random) {
		this.tokenClient = tokenClient;
		this.refreshPolicy = refreshPolicy;
		this.cache = cache;
		this.listener = listener;
		this.observation = observation;
		this.refreshBackoff = refreshBackoff;
		this.random = random;
	}

	@Override
	public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizationContext context) {
		ClientRegistration registration = context.getClientRegistration();
		if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(registration.getAuthorizationGrantType())) {
			return Mono.empty();
		}
		OAuth2AuthorizedClient current = context.getAuthorizedClient();
		if (current != null && !needsNewToken(current)) {
			// Still fresh, or its refresh failed lately and it is still valid: the manager keeps it.
			return Mono.empty();
		}
		return fetchOnce(registration, context.getPrincipal().getName());
	}

	/**
	 * Whether a new token must be fetched in place of the given one: it is due for refresh and
	 * either has expired or no failed refresh asks to wait before the next attempt.
	 */
	boolean needsNewToken(OAuth2AuthorizedClient client) {
		OAuth2AccessToken token = client.getAccessToken();
		if (!this.refreshPolicy.isDue(token)) {
			return false;
		}
		FailedRefreshes failed = this.failedRefreshes.get(key(client.getClientRegistration(), client.getPrincipalName()));
		return failed == null || !this.refreshPolicy.now().isBefore(failed.nextAttempt())
				|| this.refreshPolicy.isExpired(token);
	}

	private Mono<OAuth2AuthorizedClient> fetchOnce(ClientRegistration registration, String principalName) {
		return Mono.defer(() -> {
			// Another caller may have stored a fresh token since this one read the cache.
			OAuth2AuthorizedClient cached = this.cache.get(registration.getRegistrationId(), principalName);
			if (cached != null && !needsNewToken(cached)) {
				return Mono.just(cached);
			}
			String key = key(registration, principalName);
			// Removed on termination, before the result reaches any caller: removed after it
			// (doFinally), a caller that follows at once would be handed the finished fetch's
			// result, an old failure included, instead of starting a new fetch.
			return this.inFlight.computeIfAbsent(key, (k) -> fetch(registration, principalName)
				.doOnNext((client) -> this.failedRefreshes.remove(k))
				.onErrorResume((ex) -> keepCurrentToken(registration, principalName, ex))
				.doOnTerminate(() -> this.inFlight.remove(k))
				.cache());
		});
	}

	private Mono<OAuth2AuthorizedClient> fetch(ClientRegistration registration, String principalName) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return this.observation
				.observe(this.tokenClient.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration)))
				.map((response) -> toAuthorizedClient(registration, principalName, response))
				// Stored before any caller sees it, so callers arriving after the in-flight
				// request completes find it in the cache instead of starting another.
				.doOnNext(this.cache::put)
				.doOnSuccess((client) -> this.listener.tokenFetched(Duration.ofNanos(System.nanoTime() - started)))
				.doOnError((ex) -> this.listener.tokenFetchFailed(ex));
		});
	}

	/**
	 * A refresh failed: while the cached token has not expired, every caller keeps using it and
	 * the next attempt waits for the backoff; once it has expired, the failure reaches them.
	 */
	private Mono<OAuth2AuthorizedClient> keepCurrentToken(ClientRegistration registration, String principalName,
			Throwable failure) {
		OAuth2AuthorizedClient current = this.cache.get(registration.getRegistrationId(), principalName);
		if (current == null || this.refreshPolicy.isExpired(current.getAccessToken())) {
			return Mono.error(failure);
		}
		Instant now = this.refreshPolicy.now();
		FailedRefreshes failed = this.failedRefreshes.compute(key(registration, principalName),
				(k, previous) -> FailedRefreshes.after(previous, now, this.refreshBackoff, this.random));
		if (logger.isWarnEnabled()) {
			Instant expiresAt = current.getAccessToken().getExpiresAt();
			logger.warn("Refreshing the Cisco access token failed (" + failure.getMessage() + "); the current token"
					+ " stays in use, valid for another " + Durations.seconds(Duration.between(now, expiresAt))
					+ ", and the refresh is tried again in "
					+ Durations.seconds(Duration.between(now, failed.nextAttempt())) + " (failed refresh "
					+ failed.count() + ")", logger.isDebugEnabled() ? failure : null);
		}
		return Mono.just(current);
	}

	private OAuth2AuthorizedClient toAuthorizedClient(ClientRegistration registration, String principalName,
			OAuth2AccessTokenResponse response) {
		OAuth2AccessToken received = response.getAccessToken();
		Duration lifetime = (received.getIssuedAt() != null && received.getExpiresAt() != null)
				? Duration.between(received.getIssuedAt(), received.getExpiresAt()) : Duration.ZERO;
		Instant issuedAt = this.refreshPolicy.now();
		// No expires_in means "unknown": treat it as one second so the next call fetches again
		// rather than using a token that may already be dead.
		Instant expiresAt = issuedAt.plus(lifetime.isZero() ? Duration.ofSeconds(1) : lifetime);
		OAuth2AccessToken token = new OAuth2AccessToken(received.getTokenType(), received.getTokenValue(), issuedAt,
				expiresAt, received.getScopes());
		return new OAuth2AuthorizedClient(registration, principalName, token);
	}

	private static String key(ClientRegistration registration, String principalName) {
		return registration.getRegistrationId() + '\u0000' + principalName;
	}

	/** Refreshes that failed in a row while the current token was valid, and when to try again. */
	private record FailedRefreshes(int count, Instant nextAttempt) {

		static FailedRefreshes after(FailedRefreshes previous, Instant now, Backoff backoff, DoubleSupplier random) {
			int count = (previous != null) ? previous.count() + 1 : 1;
			return new FailedRefreshes(count, now.plus(backoff.delay(count, random)));
		}

	}

}
