package io.github.ciscosupport.client;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.asd.AsdClient;
import io.github.ciscosupport.client.auth.CiscoSupportAuthorization;
import io.github.ciscosupport.client.auth.CiscoSupportCredentials;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.auth.TokenRetryOptions;
import io.github.ciscosupport.client.bug.BugClient;
import io.github.ciscosupport.client.cache.AnswerCaching;
import io.github.ciscosupport.client.cases.CaseClient;
import io.github.ciscosupport.client.coverage.CoverageClient;
import io.github.ciscosupport.client.eox.EoxClient;
import io.github.ciscosupport.client.internal.Blocking;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.Listeners;
import io.github.ciscosupport.client.internal.auth.BearerTokenFilter;
import io.github.ciscosupport.client.internal.auth.BearerTokenInterceptor;
import io.github.ciscosupport.client.internal.auth.GatewayOrigin;
import io.github.ciscosupport.client.internal.batch.BatchOptions;
import io.github.ciscosupport.client.internal.transport.CiscoSupportTransport;
import io.github.ciscosupport.client.internal.transport.QuotaGuard;
import io.github.ciscosupport.client.product.ProductInfoClient;
import io.github.ciscosupport.client.psirt.SecurityAdvisoryClient;
import io.github.ciscosupport.client.rma.RmaClient;
import io.github.ciscosupport.client.software.SoftwareSuggestionClient;
import io.github.ciscosupport.client.transport.QuotaExhaustion;
import io.github.ciscosupport.client.transport.QuotaState;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * The client of the Cisco Support APIs, and the one place its transport is put together: the
 * application's {@linkplain #authorization() authorization} (one token per lifetime, shared),
 * the {@linkplain #rateLimiter() rate limiter}, the retries, the mapping of gateway errors to
 * exceptions, the codecs and the {@linkplain #webClient() WebClient} they make up. It hands out
 * one typed client per API, all on that {@code WebClient}:
 * <pre class="code">
 * CiscoSupportClient cisco = CiscoSupportClient.builder(CiscoSupportCredentials.of(clientId, clientSecret))
 *     .rateLimit(new RateLimitOptions(true, 5, 5, Map.of()))
 *     .build();
 * cisco.eox().bySerialNumbers(List.of("FOC0000000X")).subscribe(System.out::println);
 * </pre>
 * Build one per application and share it: every call it makes, through any typed client or the
 * {@code WebClient}, takes its permits from the same rate limiter and its token from the same
 * cache. It is thread-safe and holds no resources that need closing beyond those of the
 * connector it was given. In a Spring Boot application the starter builds it from
 * {@code cisco.support.*} as the {@code ciscoSupportClient} bean.
 */
public final class CiscoSupportClient {

	/** Cisco's API gateway, the default base URL. */
	public static final String DEFAULT_BASE_URL = "https://apix.cisco.com";

	/**
	 * The default largest response body decoded: 16 MB. EoX pages of 1000 records are about 1.1
	 * MB, above the 256 KB default of Spring's codecs.
	 */
	public static final DataSize DEFAULT_MAX_RESPONSE_SIZE = DataSize.ofMegabytes(16);

	/** The default longest a call of a {@linkplain #blocking() blocking typed client} may take. */
	public static final Duration DEFAULT_BLOCKING_TIMEOUT = Duration.ofMinutes(5);

	/** The default number of batches of one lookup in flight at once. */
	public static final int DEFAULT_MAX_CONCURRENT_BATCHES = 4;

	private final String baseUrl;

	private final CiscoSupportAuthorization authorization;

	private final RequestRateLimiter rateLimiter;

	private final QuotaGuard quotaGuard;

	private final Consumer<WebClient.Builder> webClientSetup;

	private final WebClient webClient;

	private final Consumer<RestClient.Builder> restClientSetup;

	private final RestClient restClient;

	private final EoxClient eox;

	private final CoverageClient coverage;

	private final ProductInfoClient productInfo;

	private final BugClient bugs;

	private final SoftwareSuggestionClient softwareSuggestions;

	private final SecurityAdvisoryClient securityAdvisories;

	private final CaseClient cases;

	private final RmaClient rmas;

	private final AsdClient asd;

	private final BlockingCiscoSupportClient blocking;

	private CiscoSupportClient(Builder builder) {
		this.baseUrl = builder.baseUrl;
		TokenFetchListener tokenFetchListener = Listeners.tokenFetchListener(builder.tokenFetchListeners);
		this.authorization = builder.authorization(tokenFetchListener);
		this.rateLimiter = (builder.rateLimiter != null) ? builder.rateLimiter
				: RequestRateLimiter.create(builder.rateLimit, builder.scheduler);
		GatewayOrigin gateway = GatewayOrigin.of(builder.baseUrl);
		TransportEvents events = Listeners.transportEvents(builder.transportEvents);
		this.quotaGuard = new QuotaGuard(builder.quotaState, builder.clock, builder.quotaResetTime,
				builder.quotaResetZone, builder.dailyBudget, builder.quotaStateRetryInterval);
		ExchangeFilterFunction bearerToken = new BearerTokenFilter(this.authorization, gateway, tokenFetchListener,
				builder.reauthenticationAttempts);
		this.webClientSetup = builder.webClientSetup(CiscoSupportTransport.filters(builder.retry, this.rateLimiter,
				events, builder.scheduler, bearerToken, this.quotaGuard));
		this.webClient = builder.webClient(this.webClientSetup);
		// The same policies, with the same limiter, token cache and quota state, as interceptors.
		ClientHttpRequestInterceptor bearerTokenInterceptor = new BearerTokenInterceptor(this.authorization, gateway,
				tokenFetchListener, builder.reauthenticationAttempts);
		this.restClientSetup = builder.restClientSetup(CiscoSupportTransport.interceptors(builder.retry,
				this.rateLimiter, events, builder.scheduler, Math.toIntExact(builder.maxResponseSize.toBytes()),
				bearerTokenInterceptor, this.quotaGuard));
		this.restClient = builder.restClient(this.restClientSetup);
		ClientContext context = new ClientContext(this.webClient,
				new BatchOptions(builder.maxConcurrentBatches, Listeners.lookupListener(builder.lookupListeners),
						builder.answerCaching, builder.clock));
		this.eox = new EoxClient(context);
		this.coverage = new CoverageClient(context);
		this.productInfo = new ProductInfoClient(context);
		this.bugs = new BugClient(context);
		this.softwareSuggestions = new SoftwareSuggestionClient(context);
		this.securityAdvisories = new SecurityAdvisoryClient(context);
		this.cases = new CaseClient(context);
		this.rmas = new RmaClient(context);
		this.asd = new AsdClient(context);
		this.blocking = new BlockingCiscoSupportClient(this, new Blocking(builder.blockingTimeout, builder.scheduler));
	}

	/**
	 * Starts building a client.
	 * @param credentials the application's client id and secret, and the token endpoint
	 * @return a builder with the defaults: gateway {@value #DEFAULT_BASE_URL}, the default
	 * retries, token retries and rate limit
	 */
	public static Builder builder(CiscoSupportCredentials credentials) {
		return new Builder(credentials);
	}

	/** The EoX (End of Life) API v5. */
	public EoxClient eox() {
		return this.eox;
	}

	/** The Serial Number to Information (SN2INFO) API v2: coverage and orderable products. */
	public CoverageClient coverage() {
		return this.coverage;
	}

	/** The Product Information API v1. */
	public ProductInfoClient productInfo() {
		return this.productInfo;
	}

	/** The Bug API v2.0. */
	public BugClient bugs() {
		return this.bugs;
	}

	/** The Software Suggestion API v2. */
	public SoftwareSuggestionClient softwareSuggestions() {
		return this.softwareSuggestions;
	}

	/** The PSIRT openVuln API v2: security advisories. */
	public SecurityAdvisoryClient securityAdvisories() {
		return this.securityAdvisories;
	}

	/** The Case API v3. */
	public CaseClient cases() {
		return this.cases;
	}

	/** The Service Order Return (RMA) API v1.0. */
	public RmaClient rmas() {
		return this.rmas;
	}

	/** The Automated Software Distribution (ASD) API v4.0. */
	public AsdClient asd() {
		return this.asd;
	}

	/**
	 * The {@code WebClient} the typed clients call through, for the calls they do not cover: the
	 * base URL, {@code Accept: application/json}, the bearer token (sent to the gateway's origin
	 * only), the rate limit, the retries and the error mapping, and the codecs' response size.
	 * Its {@code mutate()} keeps all of them.
	 */
	public WebClient webClient() {
		return this.webClient;
	}

	/**
	 * The {@code RestClient} for blocking calls the typed clients do not cover, with exactly the
	 * {@link #webClient()}'s policies and state: the base URL, {@code Accept: application/json},
	 * the bearer token (to the gateway's origin only) and re-authentication, the same rate limiter
	 * and token cache, the retries with {@code Retry-After} and the error mapping to the same
	 * exceptions. A caller waiting for a permit, a token or a backoff blocks only its own thread;
	 * on a virtual thread it parks. Its {@code mutate()} keeps all of them.
	 */
	public RestClient restClient() {
		return this.restClient;
	}

	/**
	 * Sets up a {@code WebClient.Builder} the application owns, such as the one of an HTTP service
	 * group, as {@link #webClient()} is: base URL, connector, {@code Accept}, response size, no
	 * logging of request details, and this client's filters (after the builder's own), with its
	 * token cache and rate limiter.
	 * @param builder the builder
	 * @return the builder
	 */
	public WebClient.Builder applyTo(WebClient.Builder builder) {
		return builder.apply(this.webClientSetup);
	}

	/**
	 * Sets up a {@code RestClient.Builder} the application owns, such as the one of an HTTP service
	 * group, as {@link #restClient()} is: base URL, request factory, {@code Accept}, and this
	 * client's interceptors (after the builder's own), with its token cache and rate limiter.
	 * @param builder the builder
	 * @return the builder
	 */
	public RestClient.Builder applyTo(RestClient.Builder builder) {
		return builder.apply(this.restClientSetup);
	}

	/**
	 * The blocking typed clients: every method of the nine typed clients with the caller's thread
	 * waiting, bounded by the {@linkplain Builder#blockingTimeout blocking timeout}.
	 */
	public BlockingCiscoSupportClient blocking() {
		return this.blocking;
	}

	/** The application's authorization: both OAuth2 managers, the current token, eviction. */
	public CiscoSupportAuthorization authorization() {
		return this.authorization;
	}

	/** The rate limiter every call of this client takes its permits from. */
	public RequestRateLimiter rateLimiter() {
		return this.rateLimiter;
	}

	/**
	 * What the client knows about the daily quota: the exhaustion in force now, seen by this
	 * client or, with a shared {@link Builder#quotaState quota state}, by another instance.
	 * @return the exhaustion, or empty if the quota is not known to be used up
	 */
	public Mono<QuotaExhaustion> quotaExhaustion() {
		return this.quotaGuard.current();
	}

	/** Whether the client shares its knowledge of the daily quota through a {@link Builder#quotaState quota state}. */
	public boolean isQuotaStateShared() {
		return this.quotaGuard.isShared();
	}

	/**
	 * Whether the shared {@link Builder#quotaState quota state} answered the last time it was asked
	 * (true without one, or before it was asked); while it does not, the client keeps the quota
	 * state and the daily budget's count in this process (see
	 * {@link Builder#quotaStateRetryInterval}).
	 * @return whether it is available
	 */
	public boolean isSharedQuotaStateAvailable() {
		return this.quotaGuard.isSharedStateAvailable();
	}

	@Override
	public String toString() {
		return "CiscoSupportClient[baseUrl=" + this.baseUrl + ", clientId=" + this.authorization.clientId()
				+ ", tokenUri=" + this.authorization.tokenUri() + "]";
	}

	/**
	 * Builds a {@link CiscoSupportClient}. Every option has a default; a builder can build
	 * several clients, each with its own token cache and, unless given one, rate limiter.
	 */
	public static final class Builder {

		private final CiscoSupportCredentials credentials;

		private String baseUrl = DEFAULT_BASE_URL;

		private @Nullable ClientHttpConnector connector;

		private WebClient.@Nullable Builder webClientBuilder;

		private RestClient.@Nullable Builder restClientBuilder;

		private @Nullable ClientHttpRequestFactory requestFactory;

		private Duration blockingTimeout = DEFAULT_BLOCKING_TIMEOUT;

		private RetryOptions retry = RetryOptions.defaults();

		private TokenRetryOptions tokenRetry = TokenRetryOptions.defaults();

		private RateLimitOptions rateLimit = RateLimitOptions.defaults();

		private @Nullable RequestRateLimiter rateLimiter;

		private @Nullable Duration refreshSkew;

		private int reauthenticationAttempts = 1;

		private DataSize maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

		private int maxConcurrentBatches = DEFAULT_MAX_CONCURRENT_BATCHES;

		private final List<TokenFetchListener> tokenFetchListeners = new ArrayList<>();

		private final List<TransportEvents> transportEvents = new ArrayList<>();

		private final List<LookupListener> lookupListeners = new ArrayList<>();

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private Scheduler scheduler = Schedulers.parallel();

		private Clock clock = Clock.systemUTC();

		private @Nullable ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient;

		private @Nullable AnswerCaching answerCaching;

		private @Nullable QuotaState quotaState;

		private Duration quotaStateRetryInterval = QuotaGuard.DEFAULT_SHARED_RETRY_INTERVAL;

		private LocalTime quotaResetTime = LocalTime.MIDNIGHT;

		private ZoneId quotaResetZone = ZoneOffset.UTC;

		private @Nullable Integer dailyBudget;

		private Builder(CiscoSupportCredentials credentials) {
			this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
		}

		/**
		 * The API gateway (default {@value CiscoSupportClient#DEFAULT_BASE_URL}): the base URL of
		 * every call, and the only origin (scheme, host and port) the bearer token is sent to; a
		 * request to any other origin fails with {@link ForeignOriginException}.
		 * @param baseUrl an absolute http(s) URL
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			GatewayOrigin.of(Objects.requireNonNull(baseUrl, "baseUrl must not be null"));
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * The connector of the API calls and of the token requests (proxy, timeouts, TLS).
		 * Default: the {@code WebClient} default, Reactor Netty with its own defaults.
		 * @param connector the connector
		 * @return this builder
		 */
		public Builder connector(ClientHttpConnector connector) {
			this.connector = Objects.requireNonNull(connector, "connector must not be null");
			return this;
		}

		/**
		 * The builder the {@code WebClient} starts from, such as Spring Boot's, so that the
		 * application's codec settings, customizers and observations apply. It is cloned; the
		 * client then sets the base URL, the connector (if one was given), the
		 * {@code Accept} header, the response size, its filters after any of the builder's, and
		 * turns off the logging of request details, which would include the bearer token.
		 * @param webClientBuilder the builder to start from
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = Objects.requireNonNull(webClientBuilder, "webClientBuilder must not be null");
			return this;
		}

		/**
		 * The builder the {@link CiscoSupportClient#restClient() RestClient} starts from, such as
		 * Spring Boot's, so that the application's customizers, message converters and
		 * observations apply. It is cloned; the client then sets the base URL, the request factory
		 * (if one was given), the {@code Accept} header and its interceptors after any of the
		 * builder's.
		 * @param restClientBuilder the builder to start from
		 * @return this builder
		 */
		public Builder restClientBuilder(RestClient.Builder restClientBuilder) {
			this.restClientBuilder = Objects.requireNonNull(restClientBuilder, "restClientBuilder must not be null");
			return this;
		}

		/**
		 * The HTTP library of the {@code RestClient}'s calls (proxy, timeouts, TLS); it must not
		 * follow redirects, which would take the bearer token's request elsewhere. Default: Reactor
		 * Netty with its defaults, which do not follow redirects.
		 * @param requestFactory the request factory
		 * @return this builder
		 */
		public Builder requestFactory(ClientHttpRequestFactory requestFactory) {
			this.requestFactory = Objects.requireNonNull(requestFactory, "requestFactory must not be null");
			return this;
		}

		/**
		 * The longest a call of a {@linkplain CiscoSupportClient#blocking() blocking typed client}
		 * may take, its waits for permits and retries included (default 5 minutes); past it the
		 * lookup is cancelled and {@link BlockingTimeoutException} thrown.
		 * @param blockingTimeout the timeout, positive
		 * @return this builder
		 */
		public Builder blockingTimeout(Duration blockingTimeout) {
			Assert.isTrue(Objects.requireNonNull(blockingTimeout, "blockingTimeout must not be null").compareTo(Duration.ZERO) > 0,
					"blockingTimeout must be positive");
			this.blockingTimeout = blockingTimeout;
			return this;
		}

		/**
		 * How throttled and transient failures of API calls are retried (default
		 * {@link RetryOptions#defaults()}).
		 * @param retry the retry options
		 * @return this builder
		 */
		public Builder retry(RetryOptions retry) {
			this.retry = Objects.requireNonNull(retry, "retry must not be null");
			return this;
		}

		/**
		 * How failed token requests are retried (default {@link TokenRetryOptions#defaults()}).
		 * @param tokenRetry the token retry options
		 * @return this builder
		 */
		public Builder tokenRetry(TokenRetryOptions tokenRetry) {
			this.tokenRetry = Objects.requireNonNull(tokenRetry, "tokenRetry must not be null");
			return this;
		}

		/**
		 * The limits of a rate limiter of the client's own (default
		 * {@link RateLimitOptions#defaults()}); ignored when a {@link #rateLimiter} is given.
		 * @param rateLimit the rate-limit options
		 * @return this builder
		 */
		public Builder rateLimit(RateLimitOptions rateLimit) {
			this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit must not be null");
			return this;
		}

		/**
		 * A rate limiter to take permits from, shared with whatever else uses it; it wins over
		 * {@link #rateLimit}.
		 * @param rateLimiter the rate limiter
		 * @return this builder
		 */
		public Builder rateLimiter(RequestRateLimiter rateLimiter) {
			this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter must not be null");
			return this;
		}

		/**
		 * Refreshes tokens with less than {@code max(10 % of lifetime, min(skew, 20 % of lifetime))}
		 * left (default 60 seconds): every token serves at least 80 % of its lifetime.
		 * @param refreshSkew the refresh skew, not negative
		 * @return this builder
		 */
		public Builder refreshSkew(Duration refreshSkew) {
			Assert.isTrue(!Objects.requireNonNull(refreshSkew, "refreshSkew must not be null").isNegative(),
					"refreshSkew must not be negative");
			this.refreshSkew = refreshSkew;
			return this;
		}

		/**
		 * How many times a call rejected with 401 or a spurious 403
		 * {@code ERR_403_DEVELOPER_INACTIVE} is retried with a fresh token (default 1; 0 turns
		 * re-authentication off).
		 * @param attempts the re-authentication attempts, not negative
		 * @return this builder
		 */
		public Builder reauthenticationAttempts(int attempts) {
			Assert.isTrue(attempts >= 0, "reauthenticationAttempts must not be negative");
			this.reauthenticationAttempts = attempts;
			return this;
		}

		/**
		 * The largest response body decoded (default 16 MB); a larger one fails the call.
		 * @param maxResponseSize the size, positive and at most 2 GB
		 * @return this builder
		 */
		public Builder maxResponseSize(DataSize maxResponseSize) {
			Objects.requireNonNull(maxResponseSize, "maxResponseSize must not be null");
			Assert.isTrue(maxResponseSize.toBytes() > 0 && maxResponseSize.toBytes() <= Integer.MAX_VALUE,
					() -> "maxResponseSize must be positive and at most 2 GB, was " + maxResponseSize);
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/**
		 * How many batches of one lookup may be in flight at once (default 4); the rate limiter
		 * still decides how fast they go.
		 * @param maxConcurrentBatches at least 1
		 * @return this builder
		 */
		public Builder maxConcurrentBatches(int maxConcurrentBatches) {
			Assert.isTrue(maxConcurrentBatches >= 1,
					() -> "maxConcurrentBatches must be at least 1, was " + maxConcurrentBatches);
			this.maxConcurrentBatches = maxConcurrentBatches;
			return this;
		}

		/**
		 * Adds a listener of token fetches and re-authentications; several are called in the
		 * order they were added.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder tokenFetchListener(TokenFetchListener listener) {
			this.tokenFetchListeners.add(Objects.requireNonNull(listener, "listener must not be null"));
			return this;
		}

		/**
		 * Adds a listener of retries, throttling, rate-limit waits and the daily quota; several
		 * are called in the order they were added.
		 * @param events the listener
		 * @return this builder
		 */
		public Builder transportEvents(TransportEvents events) {
			this.transportEvents.add(Objects.requireNonNull(events, "events must not be null"));
			return this;
		}

		/**
		 * Adds a listener of the inputs the typed clients answer; several are called in the
		 * order they were added.
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder lookupListener(LookupListener listener) {
			this.lookupListeners.add(Objects.requireNonNull(listener, "listener must not be null"));
			return this;
		}

		/**
		 * Observes each token fetch as {@code cisco.support.token.fetch} and the token
		 * endpoint's HTTP requests as {@code http.client.requests}, and the API calls too unless a
		 * {@link #webClientBuilder} was given (its own observation setup then applies, as
		 * Spring Boot's does). Not observed by default.
		 * @param observationRegistry the registry
		 * @return this builder
		 */
		public Builder observationRegistry(ObservationRegistry observationRegistry) {
			this.observationRegistry = Objects.requireNonNull(observationRegistry,
					"observationRegistry must not be null");
			return this;
		}

		/**
		 * Where retries and rate-limited requests wait, and their source of time (default
		 * {@code Schedulers.parallel()}; a {@code VirtualTimeScheduler} in tests).
		 * @param scheduler the scheduler
		 * @return this builder
		 */
		public Builder scheduler(Scheduler scheduler) {
			this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
			return this;
		}

		/**
		 * The clock that token issue and expiry, cached answers and the known end of an exhausted
		 * daily quota are measured with (default the system clock).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock must not be null");
			return this;
		}

		/**
		 * Replaces the client of the token endpoint, which by default posts the credentials to
		 * their token URI through the {@link #connector}.
		 * @param tokenResponseClient the token client
		 * @return this builder
		 */
		public Builder tokenResponseClient(
				ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenResponseClient) {
			this.tokenResponseClient = Objects.requireNonNull(tokenResponseClient,
					"tokenResponseClient must not be null");
			return this;
		}

		/**
		 * Caches the answers of single inputs, so that a repeated lookup sends only the inputs
		 * whose answer is not cached (or has expired, as measured with the {@link #clock}). Of the
		 * answers, values and {@code NOT_FOUND} errors are cached; other per-item errors are not.
		 * No cache by default.
		 * @param answerCaching where answers are kept and for how long, per API
		 * @return this builder
		 */
		public Builder answerCaching(AnswerCaching answerCaching) {
			this.answerCaching = Objects.requireNonNull(answerCaching, "answerCaching must not be null");
			return this;
		}

		/**
		 * A state of the daily quota shared with other instances that use the same Cisco key, such
		 * as the starter's Redis one: when any of them is told {@code ERR_403_DEVELOPER_OVER_RATE},
		 * all fail fast until the quota resets. Without one, the client remembers it in this
		 * process only, and fails fast all the same.
		 * @param quotaState the shared state
		 * @return this builder
		 */
		public Builder quotaState(QuotaState quotaState) {
			this.quotaState = Objects.requireNonNull(quotaState, "quotaState must not be null");
			return this;
		}

		/**
		 * How long the client leaves the shared {@link #quotaState quota state} alone after it
		 * failed or did not answer within a second (default 5 s): meanwhile this process's own
		 * state and request count stand in, and no call waits for the shared one.
		 * @param retryInterval the interval, not negative
		 * @return this builder
		 */
		public Builder quotaStateRetryInterval(Duration retryInterval) {
			Objects.requireNonNull(retryInterval, "retryInterval must not be null");
			if (retryInterval.isNegative()) {
				throw new IllegalArgumentException("retryInterval must not be negative, but was " + retryInterval);
			}
			this.quotaStateRetryInterval = retryInterval;
			return this;
		}

		/**
		 * When Cisco resets the daily quota (default midnight UTC): after an
		 * {@code ERR_403_DEVELOPER_OVER_RATE} reply without {@code Retry-After}, calls fail fast
		 * with {@link QuotaExceededException}, without being sent, until the next occurrence of
		 * this time; with a {@code Retry-After}, until it has passed.
		 * @param time the time of day
		 * @param zone its time zone
		 * @return this builder
		 */
		public Builder quotaReset(LocalTime time, ZoneId zone) {
			this.quotaResetTime = Objects.requireNonNull(time, "time must not be null");
			this.quotaResetZone = Objects.requireNonNull(zone, "zone must not be null");
			return this;
		}

		/**
		 * The most requests this client, and every instance sharing its {@link #quotaState quota
		 * state}, sends per quota day (no budget by default): to keep part of Cisco's daily quota
		 * for other jobs, or to stay under it. Every physical request counts, retries and
		 * re-authentications included, as Cisco counts them. A request beyond the budget is not sent:
		 * it fails with {@link QuotaExceededException}, and later calls fail fast until the quota
		 * resets (see {@link #quotaReset}).
		 * @param dailyBudget the number of requests, at least 1
		 * @return this builder
		 */
		public Builder dailyBudget(int dailyBudget) {
			if (dailyBudget < 1) {
				throw new IllegalArgumentException("dailyBudget must be at least 1, but was " + dailyBudget);
			}
			this.dailyBudget = dailyBudget;
			return this;
		}

		/**
		 * Builds the client.
		 * @return a new client, with its own token cache
		 */
		public CiscoSupportClient build() {
			return new CiscoSupportClient(this);
		}

		private CiscoSupportAuthorization authorization(TokenFetchListener listener) {
			CiscoSupportAuthorization.Builder authorization = CiscoSupportAuthorization.builder(this.credentials)
				.tokenRetry(this.tokenRetry)
				.scheduler(this.scheduler)
				.clock(this.clock)
				.listener(listener)
				.observationRegistry(this.observationRegistry);
			if (this.refreshSkew != null) {
				authorization.refreshSkew(this.refreshSkew);
			}
			if (this.connector != null) {
				authorization.connector(this.connector);
			}
			if (this.tokenResponseClient != null) {
				authorization.tokenResponseClient(this.tokenResponseClient);
			}
			return authorization.build();
		}

		private WebClient webClient(Consumer<WebClient.Builder> setup) {
			WebClient.Builder builder;
			if (this.webClientBuilder != null) {
				builder = this.webClientBuilder.clone();
			}
			else {
				builder = WebClient.builder();
				if (!this.observationRegistry.isNoop()) {
					builder.observationRegistry(this.observationRegistry);
				}
			}
			return builder.apply(setup).build();
		}

		/** What {@link CiscoSupportClient#applyTo(WebClient.Builder)} sets on a builder. */
		private Consumer<WebClient.Builder> webClientSetup(List<ExchangeFilterFunction> transport) {
			int maxInMemorySize = Math.toIntExact(this.maxResponseSize.toBytes());
			ClientHttpConnector connector = this.connector;
			String baseUrl = this.baseUrl;
			return (builder) -> {
				if (connector != null) {
					builder.clientConnector(connector);
				}
				builder.baseUrl(baseUrl)
					.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
					// Request details would include the bearer token: never log them, whatever the
					// application's codec settings say for its other clients.
					.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(maxInMemorySize))
					.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
					.filters((filters) -> filters.addAll(transport));
			};
		}

		private RestClient restClient(Consumer<RestClient.Builder> setup) {
			RestClient.Builder builder;
			if (this.restClientBuilder != null) {
				builder = this.restClientBuilder.clone();
			}
			else {
				builder = RestClient.builder();
				if (!this.observationRegistry.isNoop()) {
					builder.observationRegistry(this.observationRegistry);
				}
			}
			return builder.apply(setup).build();
		}

		/** What {@link CiscoSupportClient#applyTo(RestClient.Builder)} sets on a builder. */
		private Consumer<RestClient.Builder> restClientSetup(List<ClientHttpRequestInterceptor> transport) {
			// Reactor Netty's defaults do not follow redirects, which would leave the origin check behind.
			ClientHttpRequestFactory requestFactory = (this.requestFactory != null) ? this.requestFactory
					: new ReactorClientHttpRequestFactory();
			String baseUrl = this.baseUrl;
			return (builder) -> builder.requestFactory(requestFactory)
				.baseUrl(baseUrl)
				.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
				.requestInterceptors((interceptors) -> interceptors.addAll(transport));
		}


	}

}
