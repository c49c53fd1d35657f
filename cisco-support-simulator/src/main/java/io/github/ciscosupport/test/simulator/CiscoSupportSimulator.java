package io.github.ciscosupport.test.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.github.ciscosupport.test.simulator.data.Catalogue;

/**
 * An in-process simulator of the Cisco Support APIs: the id.cisco.com token endpoint and every
 * apix.cisco.com API, with their real shapes, limits, errors and quirks, served by WireMock over
 * HTTP on a loopback port, from a deterministic synthetic {@link Catalogue}.
 * <pre class="code">
 * try (CiscoSupportSimulator sim = CiscoSupportSimulator.start()) {
 *     // point the client at sim.baseUrl(), sim.tokenUri(), sim.clientId(), sim.clientSecret()
 *     sim.faults().failNextApiCalls(1, ApiFault.SERVICE_UNAVAILABLE);
 *     // ... exercise the client ...
 *     assertThat(sim.requests().tokenCalls()).isEqualTo(1);
 * }
 * </pre>
 * Thread-safe.
 *
 * @author cisco-support-spring
 */
public final class CiscoSupportSimulator implements AutoCloseable {

	/** The client ID the simulator accepts unless configured otherwise. */
	public static final String DEFAULT_CLIENT_ID = "simulator-client";

	/** The client secret the simulator accepts unless configured otherwise. Obviously fake. */
	public static final String DEFAULT_CLIENT_SECRET = "simulator-secret";

	/** The path of the token endpoint, as on id.cisco.com. */
	public static final String TOKEN_PATH = TokenEndpoint.PATH;

	/** The default token lifetime, as id.cisco.com issues them. */
	public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(3600);

	private final WireMockServer server;

	private final String host;

	private final String clientId;

	private final String clientSecret;

	private final Catalogue catalogue;

	private final SimulatorClock clock;

	private final Faults faults;

	private final RequestJournal journal;

	private CiscoSupportSimulator(Builder builder) {
		this.host = builder.host;
		this.clientId = builder.clientId;
		this.clientSecret = builder.clientSecret;
		this.catalogue = Catalogue.standard();
		this.clock = new SimulatorClock(builder.clock);
		this.journal = new RequestJournal(builder.maxRecordedRequests);
		TokenService tokens = new TokenService();
		RateLimiter rateLimiter = new RateLimiter();
		this.faults = new Faults(builder.tokenLifetime, builder.tokenErrorShape, tokens, rateLimiter);
		AtomicReference<String> baseUrl = new AtomicReference<>();
		TokenEndpoint tokenEndpoint = new TokenEndpoint(this.clientId, this.clientSecret, this.faults, tokens,
				this.clock);
		List<ApiHandler> handlers = List.of(new EoxHandler(this.catalogue), new Sn2InfoHandler(this.catalogue),
				new ProductInfoHandler(this.catalogue), new BugHandler(this.catalogue),
				new SoftwareSuggestionHandler(this.catalogue), new PsirtHandler(this.catalogue),
				new CaseHandler(this.catalogue), new RmaHandler(this.catalogue), new AsdHandler(this.catalogue));
		Gateway gateway = new Gateway(handlers, tokenEndpoint, this.faults, tokens, rateLimiter, this.clock,
				this.journal, baseUrl::get);
		WireMockConfiguration configuration = WireMockConfiguration.wireMockConfig()
			.bindAddress(this.host)
			.extensions(new GatewayTransformer(gateway))
			.asynchronousResponseEnabled(true)
			.asynchronousResponseThreads(4)
			.disableRequestJournal()
			.stubCorsEnabled(false);
		configuration = (builder.port == 0) ? configuration.dynamicPort() : configuration.port(builder.port);
		this.server = new WireMockServer(configuration);
		try {
			this.server.start();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Could not start the Cisco Support API simulator on " + this.host + ":"
					+ builder.port + ": " + ex.getMessage(), ex);
		}
		this.server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(404)));
		baseUrl.set(baseUrl());
	}

	/**
	 * Starts a simulator with the defaults: a free loopback port, the default credentials and a
	 * one-hour token lifetime.
	 * @return the running simulator
	 */
	public static CiscoSupportSimulator start() {
		return builder().start();
	}

	/**
	 * A builder to configure the simulator before starting it.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The base URL of the APIs, to use instead of {@code https://apix.cisco.com}.
	 * @return for example {@code http://127.0.0.1:34567}
	 */
	public String baseUrl() {
		boolean wildcard = this.host.equals("0.0.0.0") || this.host.equals("::");
		return "http://" + (wildcard ? "localhost" : this.host) + ":" + port();
	}

	/**
	 * The token endpoint, to use instead of {@code https://id.cisco.com/oauth2/default/v1/token}.
	 * @return the token URI
	 */
	public String tokenUri() {
		return baseUrl() + TOKEN_PATH;
	}

	/**
	 * The port the simulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * The client ID the token endpoint accepts.
	 * @return the client ID
	 */
	public String clientId() {
		return this.clientId;
	}

	/**
	 * The client secret the token endpoint accepts.
	 * @return the client secret
	 */
	public String clientSecret() {
		return this.clientSecret;
	}

	/**
	 * The data the simulator serves, to pick valid serial numbers, PIDs, bug IDs… in tests.
	 * @return the catalogue
	 */
	public Catalogue catalogue() {
		return this.catalogue;
	}

	/**
	 * The faults to program for the current test.
	 * @return the faults
	 */
	public Faults faults() {
		return this.faults;
	}

	/**
	 * The requests received so far.
	 * @return the journal
	 */
	public RequestJournal requests() {
		return this.journal;
	}

	/**
	 * The clock tokens and rate limits run on; advance it to expire tokens without sleeping.
	 * @return the clock
	 */
	public SimulatorClock clock() {
		return this.clock;
	}

	/**
	 * Clears every fault, limit and recorded request. Issued tokens stay valid and the clock is not
	 * moved back.
	 * @return this simulator
	 */
	public CiscoSupportSimulator reset() {
		this.faults.clear();
		this.journal.clear();
		return this;
	}

	/**
	 * Whether the simulator is serving requests.
	 * @return {@code true} until closed
	 */
	public boolean isRunning() {
		return this.server.isRunning();
	}

	/**
	 * Stops the simulator. Requests in flight, including hanging ones, are cut.
	 */
	@Override
	public void close() {
		if (this.server.isRunning()) {
			this.server.stop();
		}
	}

	@Override
	public String toString() {
		return "CiscoSupportSimulator[baseUrl=" + (isRunning() ? baseUrl() : "stopped") + ", clientId=" + this.clientId
				+ "]";
	}

	/**
	 * Configures a {@link CiscoSupportSimulator}.
	 */
	public static final class Builder {

		private int port;

		private String host = "127.0.0.1";

		private String clientId = DEFAULT_CLIENT_ID;

		private String clientSecret = DEFAULT_CLIENT_SECRET;

		private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

		private TokenErrorShape tokenErrorShape = TokenErrorShape.OKTA;

		private Clock clock = Clock.systemUTC();

		private int maxRecordedRequests = 100_000;

		private Builder() {
		}

		/**
		 * Sets the port.
		 * @param port the port, {@code 0} (the default) for a free one
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("Invalid port " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Sets the address to listen on.
		 * @param host the address, {@code 127.0.0.1} by default
		 * @return this builder
		 */
		public Builder host(String host) {
			this.host = host;
			return this;
		}

		/**
		 * Sets the client ID the token endpoint accepts.
		 * @param clientId the client ID
		 * @return this builder
		 */
		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		/**
		 * Sets the client secret the token endpoint accepts.
		 * @param clientSecret the client secret
		 * @return this builder
		 */
		public Builder clientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * Sets the default token lifetime; {@link Faults#tokenLifetime} changes it per test.
		 * @param tokenLifetime the lifetime, one hour by default
		 * @return this builder
		 */
		public Builder tokenLifetime(Duration tokenLifetime) {
			this.tokenLifetime = tokenLifetime;
			return this;
		}

		/**
		 * Sets the default shape of token endpoint errors.
		 * @param shape the shape, {@link TokenErrorShape#OKTA} by default
		 * @return this builder
		 */
		public Builder tokenErrorShape(TokenErrorShape shape) {
			this.tokenErrorShape = shape;
			return this;
		}

		/**
		 * Sets the base clock the {@link SimulatorClock} adds its offset to.
		 * @param clock the clock, the system UTC clock by default
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Sets how many requests the {@link RequestJournal} keeps; older ones are dropped.
		 * @param maxRecordedRequests the capacity, 100,000 by default
		 * @return this builder
		 */
		public Builder maxRecordedRequests(int maxRecordedRequests) {
			if (maxRecordedRequests < 1) {
				throw new IllegalArgumentException("The journal keeps at least one request");
			}
			this.maxRecordedRequests = maxRecordedRequests;
			return this;
		}

		/**
		 * Starts the simulator.
		 * @return the running simulator
		 */
		public CiscoSupportSimulator start() {
			return new CiscoSupportSimulator(this);
		}

	}

}
