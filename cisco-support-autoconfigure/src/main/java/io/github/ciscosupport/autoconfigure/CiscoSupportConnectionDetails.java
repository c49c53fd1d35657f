package io.github.ciscosupport.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the Cisco Support APIs are and who the application is to them: the gateway, the token
 * endpoint and the client credentials. By default they come from the {@code cisco.support.*}
 * properties; a bean of this type replaces them, as Spring Boot's own connection details do for
 * a database or a broker (the simulator of {@code cisco-support-test} publishes one for tests).
 */
public interface CiscoSupportConnectionDetails extends ConnectionDetails {

	/** Cisco's API gateway. */
	String DEFAULT_BASE_URL = "https://apix.cisco.com";

	/** Cisco's OAuth2 token endpoint. */
	String DEFAULT_TOKEN_URI = "https://id.cisco.com/oauth2/default/v1/token";

	/**
	 * The API gateway that calls go to and the only origin the access token is sent to.
	 * @return the base URL, such as {@value #DEFAULT_BASE_URL}
	 */
	default String getBaseUrl() {
		return DEFAULT_BASE_URL;
	}

	/**
	 * The OAuth2 token endpoint of the client-credentials grant.
	 * @return the token URI, such as {@value #DEFAULT_TOKEN_URI}
	 */
	default String getTokenUri() {
		return DEFAULT_TOKEN_URI;
	}

	/**
	 * The client ID (KEY) of the application in the Cisco API Console.
	 * @return the client ID
	 */
	String getClientId();

	/**
	 * The client secret of the application. Implementations must keep it out of
	 * {@code toString()}.
	 * @return the client secret
	 */
	String getClientSecret();

}
