package io.github.ciscosupport.client.auth;

import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;

/**
 * The blocking face of {@link ClientCredentialsTokenProvider}, so blocking and reactive callers
 * share one in-flight request and one cache.
 */
final class BlockingClientCredentialsTokenProvider implements OAuth2AuthorizedClientProvider {

	private final ClientCredentialsTokenProvider delegate;

	BlockingClientCredentialsTokenProvider(ClientCredentialsTokenProvider delegate) {
		this.delegate = delegate;
	}

	@Override
	public OAuth2AuthorizedClient authorize(OAuth2AuthorizationContext context) {
		return this.delegate.authorize(context).block();
	}

}
