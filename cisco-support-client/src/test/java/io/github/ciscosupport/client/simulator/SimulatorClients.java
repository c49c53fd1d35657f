package io.github.ciscosupport.client.simulator;

import java.net.URI;

import reactor.core.scheduler.Scheduler;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.ClientAuthentication;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;

/**
 * A {@link CiscoSupportClient} on a simulator: its gateway, and tokens from its token endpoint
 * with its credentials, as an application gets them from Cisco.
 */
public final class SimulatorClients {

	private SimulatorClients() {
	}

	/**
	 * A client of the simulator whose calls go out at once and once: no rate limit, no retries.
	 * @param simulator a started simulator
	 * @return the client
	 */
	public static CiscoSupportClient of(CiscoSupportSimulator simulator) {
		return builder(simulator).retry(RetryOptions.disabled()).build();
	}

	/**
	 * A client of the simulator with the given retries, without a rate limit.
	 * @param simulator a started simulator
	 * @param retry the retry options
	 * @param scheduler where retries wait, such as a virtual clock
	 * @return the client
	 */
	public static CiscoSupportClient withTransport(CiscoSupportSimulator simulator, RetryOptions retry,
			Scheduler scheduler) {
		return builder(simulator).retry(retry).scheduler(scheduler).build();
	}

	/**
	 * A builder of a client of the simulator, without a rate limit and with the default retries.
	 * @param simulator a started simulator
	 * @return the builder
	 */
	public static CiscoSupportClient.Builder builder(CiscoSupportSimulator simulator) {
		return CiscoSupportClient
			.builder(new CiscoSupportCredentials(simulator.clientId(), simulator.clientSecret(),
					URI.create(simulator.tokenUri()), ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(simulator.baseUrl())
			.rateLimit(RateLimitOptions.disabled());
	}

}
