package io.github.ciscosupport.autoconfigure;

import java.util.Objects;

import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * The connector that token and API calls to Cisco share: Spring Boot's
 * {@code spring.http.clients.*} settings overlaid with the {@code cisco.support.*} timeouts,
 * proxy and SSL bundle. Define a bean of this type to replace it.
 * <p>
 * A holder rather than a {@link ClientHttpConnector} bean on purpose: Spring Boot builds every
 * {@code WebClient} of the application on a {@code ClientHttpConnector} bean if one exists, and
 * the Cisco proxy and timeouts must not leak into the application's other clients.
 *
 * @param connector the connector
 */
public record CiscoSupportHttpConnector(ClientHttpConnector connector) {

	public CiscoSupportHttpConnector {
		Objects.requireNonNull(connector, "connector must not be null");
	}

}
