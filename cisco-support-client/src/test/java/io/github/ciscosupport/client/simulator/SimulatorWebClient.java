package io.github.ciscosupport.client.simulator;

import java.net.URI;

import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.ClientAuthentication;
import io.github.ciscosupport.client.transport.CiscoSupportTransport;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.scheduler.Scheduler;

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
		return WebClient.builder().baseUrl(simulator.baseUrl()).filter(authorization(simulator).bearerTokenFilter()).build();
	}

	/**
	 * Builds a {@code WebClient} that calls the simulator through every transport filter (error
	 * mapping, retry, bearer token), without a rate limit.
	 * @param simulator a started simulator
	 * @param retry the retry options
	 * @param scheduler where retries wait, such as a virtual clock
	 * @return the {@code WebClient}
	 */
	public static WebClient withTransport(CiscoSupportSimulator simulator, RetryOptions retry, Scheduler scheduler) {
		RequestRateLimiter unlimited = RequestRateLimiter.create(RateLimitOptions.disabled(), scheduler);
		return WebClient.builder()
			.baseUrl(simulator.baseUrl())
			.filters((filters) -> filters.addAll(CiscoSupportTransport.filters(retry, unlimited, TransportEvents.NONE,
					scheduler, authorization(simulator).bearerTokenFilter())))
			.build();
	}

	/**
	 * The authorization for a simulator's token endpoint and gateway.
	 * @param simulator a started simulator
	 * @return the authorization
	 */
	public static CiscoSupportAuthorization authorization(CiscoSupportSimulator simulator) {
		return CiscoSupportAuthorization
			.builder(new CiscoSupportCredentials(simulator.clientId(), simulator.clientSecret(),
					URI.create(simulator.tokenUri()), ClientAuthentication.CLIENT_SECRET_POST))
			.baseUrl(simulator.baseUrl())
			.build();
	}

}
