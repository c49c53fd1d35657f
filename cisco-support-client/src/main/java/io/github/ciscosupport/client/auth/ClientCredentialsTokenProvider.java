package io.github.ciscosupport.client.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

/**
 * Client-credentials provider with two differences from Spring Security's: concurrent callers on
 * a cold or expiring cache share one in-flight token request (Security's provider issues one per
 * caller), and expiry follows {@link TokenRefreshPolicy} with the token's issue time taken from
 * the policy's clock, so that refresh is testable with a fixed clock.
 */
final class ClientCredentialsTokenProvider implements ReactiveOAuth2AuthorizedClientProvider {

	private final ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient;

	private final TokenRefreshPolicy refreshPolicy;

	private final AuthorizedClientCache cache;

	private final TokenFetchListener listener;

	private final TokenFetchObservation observation;

	private final Map<String, Mono<OAuth2AuthorizedClient>> inFlight = new ConcurrentHashMap<>();

	ClientCredentialsTokenProvider(ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient,
			TokenRefreshPolicy refreshPolicy, AuthorizedClientCache cache, TokenFetchListener listener,
			TokenFetchObservation observation) {
		this.tokenClient = tokenClient;
		this.refreshPolicy = refreshPolicy;
		this.cache = cache;
		this.listener = listener;
		this.observation = observation;
	}

	@Override
	public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizationContext context) {
		ClientRegistration registration = context.getClientRegistration();
		if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(registration.getAuthorizationGrantType())) {
			return Mono.empty();
		}
		OAuth2AuthorizedClient current = context.getAuthorizedClient();
		if (current != null && !this.refreshPolicy.isDue(current.getAccessToken())) {
			// Still fresh: the manager keeps using it.
			return Mono.empty();
		}
		return fetchOnce(registration, context.getPrincipal().getName());
	}

	private Mono<OAuth2AuthorizedClient> fetchOnce(ClientRegistration registration, String principalName) {
		return Mono.defer(() -> {
			// Another caller may have stored a fresh token since this one read the cache.
			OAuth2AuthorizedClient cached = this.cache.get(registration.getRegistrationId(), principalName);
			if (cached != null && !this.refreshPolicy.isDue(cached.getAccessToken())) {
				return Mono.just(cached);
			}
			String key = registration.getRegistrationId() + '\u0000' + principalName;
			// Removed on termination, before the result reaches any caller: removed after it
			// (doFinally), a caller that follows at once would be handed the finished fetch's
			// result, an old failure included, instead of starting a new fetch.
			return this.inFlight.computeIfAbsent(key, (k) -> fetch(registration, principalName)
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

}
