package io.github.ciscosupport.client.simulator;

import java.net.URI;

import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.ClientAuthentication;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A Cisco Support {@code WebClient} on a simulator: its base URL and a bearer token from its
 * token endpoint, as the typed clients get it in an application.
 */
public final class SimulatorWebClient {

	private SimulatorWebClient() {
	}

	/**
	 * Builds a {@code WebClient} that calls the simulator with a token it issued.
	 * @param simulator a started simulator
	 * @return the {@code WebClient}
	 */
	public static WebClient of(CiscoSupportSimulator simulator) {
		CiscoSupportAuthorization authorization = CiscoSupportAuthorization
			.builder(new CiscoSupportCredentials(simulator.clientId(), simulator.clientSecret(),
					URI.create(simulator.tokenUri()), ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(simulator.baseUrl())
			.build();
		return WebClient.builder().baseUrl(simulator.baseUrl()).filter(authorization.bearerTokenFilter()).build();
	}

}
