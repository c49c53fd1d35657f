package io.github.ciscosupport.client.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.retry.Backoff;

/**
 * The application's authorization with Cisco: hands out the client-credentials
 * {@link ReactiveOAuth2AuthorizedClientManager} and {@link OAuth2AuthorizedClientManager} and the
 * current access token. A {@link io.github.ciscosupport.client.CiscoSupportClient} builds one and
 * puts its token on every call to the gateway ({@code CiscoSupportClient.authorization()}); build
 * one on its own only for the managers or the token.
 * <p>
 * Both managers draw on one token cache and one in-flight token request, so a process fetches one
 * token per lifetime whichever it uses. Tokens belong to the application, never to a logged-in end
 * user: every request is authorized for the fixed principal {@value #PRINCIPAL_NAME}. The
 * repository, service and provider behind the managers are private to this object on purpose:
 * published as beans, Spring Boot and Spring Security would react to them by type and take over an
 * application's own OAuth2 setup.
 */
public final class CiscoSupportAuthorization {

	/** The registration id of the Cisco client registration inside the managers. */
	public static final String REGISTRATION_ID = "cisco-support";

	/** The fixed principal every Cisco token is issued to. */
	public static final String PRINCIPAL_NAME = "cisco-support-application";

	private final ClientRegistration registration;

	private final AuthorizedClientCache cache;

	private final ClientCredentialsTokenProvider provider;

	private final ReactiveOAuth2AuthorizedClientManager reactiveManager;

	private final OAuth2AuthorizedClientManager manager;

	private final OAuth2AuthorizeRequest authorizeRequest;

	private CiscoSupportAuthorization(Builder builder) {
		CiscoSupportCredentials credentials = builder.credentials;
		this.registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Cisco Support APIs")
			.clientId(credentials.clientId())
			.clientSecret(credentials.clientSecret())
			.clientAuthenticationMethod(credentials.clientAuthentication().method())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(credentials.tokenUri().toString())
			.build();
		this.cache = new AuthorizedClientCache();
		this.provider = new ClientCredentialsTokenProvider(
				new RetryingTokenResponseClient(builder.tokenClient(), builder.tokenRetry, builder.scheduler,
						builder.random),
				new TokenRefreshPolicy(builder.refreshSkew, builder.clock), this.cache, builder.listener,
				new TokenFetchObservation(builder.observationRegistry), builder.tokenRetry.backoff(), builder.random);

		AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager reactive = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(
				new InMemoryReactiveClientRegistrationRepository(this.registration), this.cache);
		reactive.setAuthorizedClientProvider(this.provider);
		this.reactiveManager = reactive;

		InMemoryClientRegistrationRepository repository = new InMemoryClientRegistrationRepository(this.registration);
		AuthorizedClientServiceOAuth2AuthorizedClientManager blocking = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				repository, this.cache.blocking());
		blocking.setAuthorizedClientProvider(new BlockingClientCredentialsTokenProvider(this.provider));
		this.manager = blocking;

		this.authorizeRequest = OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION_ID)
			.principal(PRINCIPAL_NAME)
			.build();
	}

	/** Starts building an authorization for the given credentials. */
	public static Builder builder(CiscoSupportCredentials credentials) {
		return new Builder(credentials);
	}

	/** The reactive client-credentials manager, usable outside any web request. */
	public ReactiveOAuth2AuthorizedClientManager reactiveAuthorizedClientManager() {
		return this.reactiveManager;
	}

	/** The blocking client-credentials manager, usable outside any web request. */
	public OAuth2AuthorizedClientManager authorizedClientManager() {
		return this.manager;
	}

	/** The request to pass to either manager for the application's Cisco token. */
	public OAuth2AuthorizeRequest authorizeRequest() {
		return this.authorizeRequest;
	}

	/**
	 * The current access token, fetched only when the cached one is missing or due for refresh.
	 * When a refresh fails while the cached token is still valid, the cached token is returned and
	 * the refresh is tried again after a backoff; the failure is signalled only once the token has
	 * expired.
	 */
	public Mono<OAuth2AccessToken> accessToken() {
		// Fast path for every call but the few per lifetime that must refresh: the manager's
		// reactive chain costs more than a small Cisco response (measured in cisco-support-bench).
		// Deferred: callers assemble this before earlier steps (an eviction) have run.
		return Mono.defer(() -> {
			OAuth2AuthorizedClient cached = this.cache.get(REGISTRATION_ID, PRINCIPAL_NAME);
			if (cached != null && !this.provider.needsNewToken(cached)) {
				return Mono.just(cached.getAccessToken());
			}
			return this.reactiveManager.authorize(this.authorizeRequest).map(OAuth2AuthorizedClient::getAccessToken);
		});
	}

	/** The cached access token, if any, without fetching one. */
	public Optional<OAuth2AccessToken> cachedAccessToken() {
		return Optional.ofNullable(this.cache.get(REGISTRATION_ID, PRINCIPAL_NAME))
			.map(OAuth2AuthorizedClient::getAccessToken);
	}

	/** Drops the cached token, so the next call fetches a new one. */
	public void evict() {
		cachedAccessToken().ifPresent(this::evict);
	}

	/**
	 * Drops the cached token if it is still the given one, as after Cisco rejected it: a token
	 * fetched meanwhile by a concurrent caller is kept.
	 * @param rejected the token that was rejected
	 */
	public void evict(OAuth2AccessToken rejected) {
		this.cache.evict(REGISTRATION_ID, PRINCIPAL_NAME, rejected.getTokenValue());
	}

	/** The client id the tokens are issued to. */
	public String clientId() {
		return this.registration.getClientId();
	}

	/** The token endpoint. */
	public String tokenUri() {
		return this.registration.getProviderDetails().getTokenUri();
	}

	@Override
	public String toString() {
		return "CiscoSupportAuthorization[clientId=" + clientId() + ", tokenUri=" + tokenUri() + "]";
	}

	/**
	 * Builds a {@link CiscoSupportAuthorization}.
	 */
	public static final class Builder {

		private final CiscoSupportCredentials credentials;

		private @Nullable ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient;

		private WebClient.@Nullable Builder tokenWebClientBuilder;

		private Duration refreshSkew = TokenRefreshPolicy.DEFAULT_SKEW;

		private Clock clock = Clock.systemUTC();

		private TokenFetchListener listener = TokenFetchListener.NONE;

		private TokenRetryOptions tokenRetry = TokenRetryOptions.defaults();

		private Scheduler scheduler = Schedulers.parallel();

		private DoubleSupplier random = Backoff.RANDOM;

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private Builder(CiscoSupportCredentials credentials) {
			this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
		}

		/** Sends token requests through this connector (proxy, timeouts, TLS of the API calls). */
		public Builder connector(ClientHttpConnector connector) {
			return tokenWebClient(WebClient.builder().clientConnector(connector));
		}

		/**
		 * Sends token requests with a client from this builder (connector, observation registry);
		 * the builder is cloned.
		 */
		public Builder tokenWebClient(WebClient.Builder builder) {
			this.tokenWebClientBuilder = builder;
			return this;
		}

		/** Replaces the token endpoint client altogether. */
		public Builder tokenResponseClient(
				ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient) {
			this.tokenClient = tokenClient;
			return this;
		}

		/**
		 * Refreshes tokens with less than {@code max(10 % of lifetime, min(skew, 20 % of lifetime))}
		 * left: every token serves at least 80 % of its lifetime.
		 */
		public Builder refreshSkew(Duration refreshSkew) {
			this.refreshSkew = refreshSkew;
			return this;
		}

		/** The clock that token issue and expiry are measured with. */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/** Notified of token fetches and re-authentications. */
		public Builder listener(TokenFetchListener listener) {
			this.listener = Objects.requireNonNull(listener, "listener must not be null");
			return this;
		}

		/** How failed token requests are retried. */
		public Builder tokenRetry(TokenRetryOptions tokenRetry) {
			this.tokenRetry = Objects.requireNonNull(tokenRetry, "tokenRetry must not be null");
			return this;
		}

		/** Where token retries wait; a {@code VirtualTimeScheduler} in tests. */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
			return this;
		}

		/** The randomness of the backoff's jitter; fixed in tests. */
		Builder random(DoubleSupplier random) {
			this.random = Objects.requireNonNull(random, "random must not be null");
			return this;
		}

		/**
		 * Observes each token fetch as {@code cisco.support.token.fetch} (a span of its own when
		 * tracing is on, child of the call that needed the token) and the token endpoint's HTTP
		 * requests as {@code http.client.requests}, unless the token client was replaced with
		 * {@link #tokenResponseClient}. Not observed by default.
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = Objects.requireNonNull(observationRegistry,
					"observationRegistry must not be null");
			return this;
		}

		public CiscoSupportAuthorization build() {
			return new CiscoSupportAuthorization(this);
		}

		private ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient() {
			if (this.tokenClient != null) {
				return this.tokenClient;
			}
			WebClient.Builder builder = (this.tokenWebClientBuilder != null) ? this.tokenWebClientBuilder.clone()
					: WebClient.builder();
			if (!this.observationRegistry.isNoop()) {
				builder.observationRegistry(this.observationRegistry);
			}
			return new TokenEndpointClient(builder, this.clock);
		}

	}

}
