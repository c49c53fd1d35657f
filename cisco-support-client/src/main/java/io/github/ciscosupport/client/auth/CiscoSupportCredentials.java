package io.github.ciscosupport.client.auth;

import java.net.URI;
import java.util.Objects;

import org.springframework.util.Assert;

/**
 * The application's Cisco API Console credentials and the token endpoint to present them to.
 *
 * @param clientId the client id (KEY) of the application registered in the Cisco API Console
 * @param clientSecret the client secret; never rendered by {@link #toString()}
 * @param tokenUri the OAuth2 token endpoint
 * @param clientAuthentication how the credentials are sent
 */
public record CiscoSupportCredentials(String clientId, String clientSecret, URI tokenUri,
		ClientAuthentication clientAuthentication) {

	/** Cisco's token endpoint (Okta) since the 2023 migration. */
	public static final URI CISCO_TOKEN_URI = URI.create("https://id.cisco.com/oauth2/default/v1/token");

	public CiscoSupportCredentials {
		Assert.hasText(clientId, "clientId must not be empty");
		Assert.hasText(clientSecret, "clientSecret must not be empty");
		Objects.requireNonNull(tokenUri, "tokenUri must not be null");
		Assert.isTrue(tokenUri.isAbsolute(), "tokenUri must be an absolute URI");
		Objects.requireNonNull(clientAuthentication, "clientAuthentication must not be null");
	}

	/** Credentials for Cisco's token endpoint, presented in the form body. */
	public static CiscoSupportCredentials of(String clientId, String clientSecret) {
		return new CiscoSupportCredentials(clientId, clientSecret, CISCO_TOKEN_URI,
				ClientAuthentication.CLIENT_SECRET_POST);
	}

	@Override
	public String toString() {
		return "CiscoSupportCredentials[clientId=" + this.clientId + ", clientSecret=******, tokenUri="
				+ this.tokenUri + ", clientAuthentication=" + this.clientAuthentication + "]";
	}

}
