package io.github.ciscosupport.client;

import java.net.URI;
import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.ClientAuthentication;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RetryOptions;

/**
 * Clients for tests that stub the API on a WireMock server and have no token endpoint: the
 * token is a fixed one, issued without a request, and calls go out at once and once (no rate
 * limit, no retries) unless the test sets otherwise.
 */
public final class TestClients {

	/** The token every call carries. */
	public static final String TOKEN = "test-token";

	private TestClients() {
	}

	/**
	 * A builder for a client of the gateway at the given base URL.
	 * @param baseUrl the WireMock server's base URL
	 * @return the builder, ready to build
	 */
	public static CiscoSupportClient.Builder builder(String baseUrl) {
		return CiscoSupportClient
			.builder(new CiscoSupportCredentials("test-client", "test-secret", URI.create(baseUrl + "/token"),
					ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(baseUrl)
			.tokenResponseClient((request) -> Mono.just(OAuth2AccessTokenResponse.withToken(TOKEN)
				.tokenType(OAuth2AccessToken.TokenType.BEARER)
				.expiresIn(Duration.ofHours(1).toSeconds())
				.build()))
			.retry(RetryOptions.disabled())
			.rateLimit(RateLimitOptions.disabled());
	}

	/**
	 * A client of the gateway at the given base URL.
	 * @param baseUrl the WireMock server's base URL
	 * @return the client
	 */
	public static CiscoSupportClient on(String baseUrl) {
		return builder(baseUrl).build();
	}

}
