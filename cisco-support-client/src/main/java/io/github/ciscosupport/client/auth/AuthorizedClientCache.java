package io.github.ciscosupport.client.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientId;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;

/**
 * The process's one token cache. The reactive manager reads it through this class, the blocking
 * manager through {@link #blocking()}, so a token fetched by either is reused by both.
 */
final class AuthorizedClientCache implements ReactiveOAuth2AuthorizedClientService {

	private final Map<OAuth2AuthorizedClientId, OAuth2AuthorizedClient> clients = new ConcurrentHashMap<>();

	/** The same cache as a blocking service. */
	OAuth2AuthorizedClientService blocking() {
		return new OAuth2AuthorizedClientService() {

			@Override
			@SuppressWarnings("unchecked")
			public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
					String principalName) {
				return (T) get(clientRegistrationId, principalName);
			}

			@Override
			public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
				put(authorizedClient);
			}

			@Override
			public void removeAuthorizedClient(String clientRegistrationId, String principalName) {
				remove(clientRegistrationId, principalName);
			}

		};
	}

	OAuth2AuthorizedClient get(String registrationId, String principalName) {
		return this.clients.get(new OAuth2AuthorizedClientId(registrationId, principalName));
	}

	void put(OAuth2AuthorizedClient client) {
		this.clients.put(new OAuth2AuthorizedClientId(client.getClientRegistration().getRegistrationId(),
				client.getPrincipalName()), client);
	}

	/**
	 * Drops the cached client only if it still holds the given token, so that many calls failing
	 * with the same stale token evict it once and keep the fresh one another call fetched.
	 */
	boolean evict(String registrationId, String principalName, String tokenValue) {
		OAuth2AuthorizedClientId id = new OAuth2AuthorizedClientId(registrationId, principalName);
		OAuth2AuthorizedClient current = this.clients.get(id);
		return current != null && current.getAccessToken().getTokenValue().equals(tokenValue)
				&& this.clients.remove(id, current);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String clientRegistrationId,
			String principalName) {
		return Mono.fromSupplier(() -> (T) get(clientRegistrationId, principalName));
	}

	@Override
	public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
		return Mono.fromRunnable(() -> put(authorizedClient));
	}

	@Override
	public Mono<Void> removeAuthorizedClient(String clientRegistrationId, String principalName) {
		return Mono.fromRunnable(() -> remove(clientRegistrationId, principalName));
	}

	private void remove(String registrationId, String principalName) {
		this.clients.remove(new OAuth2AuthorizedClientId(registrationId, principalName));
	}

}
