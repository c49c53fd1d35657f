package io.github.ciscosupport.client.auth;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * How the client credentials are presented to the token endpoint.
 */
public enum ClientAuthentication {

	/**
	 * {@code client_id} and {@code client_secret} in the form body, as Cisco documents.
	 */
	CLIENT_SECRET_POST(ClientAuthenticationMethod.CLIENT_SECRET_POST),

	/**
	 * HTTP Basic {@code Authorization} header; the body carries only the grant type.
	 */
	CLIENT_SECRET_BASIC(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);

	private final ClientAuthenticationMethod method;

	ClientAuthentication(ClientAuthenticationMethod method) {
		this.method = method;
	}

	ClientAuthenticationMethod method() {
		return this.method;
	}

}
