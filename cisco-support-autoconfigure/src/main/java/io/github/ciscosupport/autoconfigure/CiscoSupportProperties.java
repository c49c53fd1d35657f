package io.github.ciscosupport.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import io.github.ciscosupport.client.auth.ClientAuthentication;
import io.github.ciscosupport.client.cache.AnswerCaching;

/**
 * Configuration properties for the Cisco Support APIs client.
 */
@ConfigurationProperties("cisco.support")
public class CiscoSupportProperties {

	/**
	 * Whether to auto-configure the Cisco Support APIs client.
	 */
	private boolean enabled = true;

	/**
	 * Client ID (KEY) of the application registered in the Cisco API Console. The environment
	 * variable CISCO_SUPPORT_CLIENT_ID binds to it.
	 */
	private @Nullable String clientId;

	/**
	 * Client secret of the application registered in the Cisco API Console. The environment
	 * variable CISCO_SUPPORT_CLIENT_SECRET binds to it. Never logged or shown.
	 */
	private @Nullable String clientSecret;

	/**
	 * OAuth2 token endpoint that issues client-credentials tokens.
	 */
	private String tokenUri = "https://id.cisco.com/oauth2/default/v1/token";

	/**
	 * Base URL of the Cisco Support APIs gateway.
	 */
	private String baseUrl = "https://apix.cisco.com";

	/**
	 * How the client credentials are sent to the token endpoint: in the form body, as Cisco
	 * documents, or in an HTTP Basic header.
	 */
	private ClientAuthentication clientAuthentication = ClientAuthentication.CLIENT_SECRET_POST;

	/**
	 * Connect timeout of token and API calls. Overrides spring.http.clients.connect-timeout for
	 * Cisco calls.
	 */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Time to wait for a response to a token or API call. Overrides
	 * spring.http.clients.read-timeout for Cisco calls. EoX pages of 1,000 records can take tens of
	 * seconds.
	 */
	private Duration responseTimeout = Duration.ofSeconds(60);

	/**
	 * Time before expiry at which a token is replaced, counted as at most 20% and at least 10% of
	 * the token's lifetime, so that every token serves at least 80% of its lifetime.
	 */
	private Duration tokenRefreshSkew = Duration.ofSeconds(60);

	/**
	 * Largest response body held in memory while decoding. EoX pages of 1,000 records are about 2
	 * MB.
	 */
	private DataSize maxResponseSize = DataSize.ofMegabytes(16);

	/**
	 * Name of an SSL bundle (spring.ssl.bundle.*) whose trust material is used for token and API
	 * calls, for example to trust a corporate TLS-inspection proxy.
	 */
	private @Nullable String sslBundle;

	/**
	 * How many batches of one typed-client lookup are in flight at once. The rate limit still
	 * paces them; more concurrency only hides latency.
	 */
	private int maxConcurrentBatches = 4;

	/**
	 * Longest a call of a blocking typed client (CiscoSupportClient.blocking()) may take, its waits
	 * for rate-limit permits and retries included; past it the lookup is cancelled and fails with
	 * BlockingTimeoutException.
	 */
	private Duration blockingTimeout = Duration.ofMinutes(5);

	/**
	 * How many times a call rejected with 401, or with the 403 ERR_403_DEVELOPER_INACTIVE that
	 * Cisco's gateway sends spuriously for valid tokens, is retried with a fresh token. 0 turns
	 * re-authentication off.
	 */
	private int reauthenticationAttempts = 1;

	private final Proxy proxy = new Proxy();

	private final TokenRetry tokenRetry = new TokenRetry();

	private final Retry retry = new Retry();

	private final RateLimit rateLimit = new RateLimit();

	private final Cache cache = new Cache();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getClientId() {
		return this.clientId;
	}

	public void setClientId(@Nullable String clientId) {
		this.clientId = clientId;
	}

	public @Nullable String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public String getTokenUri() {
		return this.tokenUri;
	}

	public void setTokenUri(String tokenUri) {
		this.tokenUri = tokenUri;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public ClientAuthentication getClientAuthentication() {
		return this.clientAuthentication;
	}

	public void setClientAuthentication(ClientAuthentication clientAuthentication) {
		this.clientAuthentication = clientAuthentication;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Duration getTokenRefreshSkew() {
		return this.tokenRefreshSkew;
	}

	public void setTokenRefreshSkew(Duration tokenRefreshSkew) {
		this.tokenRefreshSkew = tokenRefreshSkew;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public @Nullable String getSslBundle() {
		return this.sslBundle;
	}

	public void setSslBundle(@Nullable String sslBundle) {
		this.sslBundle = sslBundle;
	}

	public Duration getBlockingTimeout() {
		return this.blockingTimeout;
	}

	public void setBlockingTimeout(Duration blockingTimeout) {
		this.blockingTimeout = blockingTimeout;
	}

	public int getMaxConcurrentBatches() {
		return this.maxConcurrentBatches;
	}

	public void setMaxConcurrentBatches(int maxConcurrentBatches) {
		this.maxConcurrentBatches = maxConcurrentBatches;
	}

	public int getReauthenticationAttempts() {
		return this.reauthenticationAttempts;
	}

	public void setReauthenticationAttempts(int reauthenticationAttempts) {
		this.reauthenticationAttempts = reauthenticationAttempts;
	}

	public Proxy getProxy() {
		return this.proxy;
	}

	public TokenRetry getTokenRetry() {
		return this.tokenRetry;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	public Cache getCache() {
		return this.cache;
	}

	@Override
	public String toString() {
		return "CiscoSupportProperties[clientId=" + this.clientId + ", clientSecret="
				+ ((this.clientSecret != null) ? "******" : null) + ", tokenUri=" + this.tokenUri + ", baseUrl="
				+ this.baseUrl + "]";
	}

	/**
	 * HTTP proxy for token and API calls.
	 */
	public static class Proxy {

		/**
		 * Host name of the HTTP proxy. No proxy is used when not set.
		 */
		private @Nullable String host;

		/**
		 * Port of the HTTP proxy.
		 */
		private int port = 8080;

		/**
		 * User name for proxy authentication.
		 */
		private @Nullable String username;

		/**
		 * Password for proxy authentication. Never logged or shown.
		 */
		private @Nullable String password;

		/**
		 * Regular expression of host names reached directly rather than through the proxy, for
		 * example "localhost|.*\.internal\.example\.com".
		 */
		private @Nullable String nonProxyHosts;

		public @Nullable String getHost() {
			return this.host;
		}

		public void setHost(@Nullable String host) {
			this.host = host;
		}

		public int getPort() {
			return this.port;
		}

		public void setPort(int port) {
			this.port = port;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public @Nullable String getNonProxyHosts() {
			return this.nonProxyHosts;
		}

		public void setNonProxyHosts(@Nullable String nonProxyHosts) {
			this.nonProxyHosts = nonProxyHosts;
		}

		@Override
		public String toString() {
			return "Proxy[host=" + this.host + ", port=" + this.port + ", username=" + this.username + ", password="
					+ ((this.password != null) ? "******" : null) + "]";
		}

	}

	/**
	 * How failed requests are retried: the shape that API call retries (cisco.support.retry) and
	 * token request retries (cisco.support.token-retry) share.
	 */
	public static class Retry {

		/**
		 * Requests per API call or token fetch, the first included, when they are throttled or
		 * fail transiently. 1 disables these retries.
		 */
		private int maxAttempts;

		/**
		 * Longest total time one API call or token fetch may spend waiting between its attempts.
		 * A wait that would go past it, such as a long Retry-After, is not made: the call or fetch
		 * fails at once, saying why.
		 */
		private Duration maxTotalWait;

		private final Backoff backoff;

		/**
		 * The API call retries' defaults: 5 attempts, at most 2 minutes of waiting, a backoff from
		 * 1 s to 30 s with jitter 0.5.
		 */
		public Retry() {
			this(5, Duration.ofMinutes(2), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5));
		}

		Retry(int maxAttempts, Duration maxTotalWait, Backoff backoff) {
			this.maxAttempts = maxAttempts;
			this.maxTotalWait = maxTotalWait;
			this.backoff = backoff;
		}

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getMaxTotalWait() {
			return this.maxTotalWait;
		}

		public void setMaxTotalWait(Duration maxTotalWait) {
			this.maxTotalWait = maxTotalWait;
		}

		public Backoff getBackoff() {
			return this.backoff;
		}

	}

	/**
	 * Retries of failed token requests: the shape of the API call retries, plus the retries of
	 * invalid_client answers.
	 */
	public static class TokenRetry extends Retry {

		/**
		 * How many times an invalid_client answer is retried. id.cisco.com is known to answer
		 * invalid_client falsely now and then, but wrong credentials are far more common, and
		 * retrying them only delays the error, so this is off (0) by default. Raise it for
		 * long-running jobs that have seen the false answers.
		 */
		private int invalidClientRetries = 0;

		/**
		 * Wait before each retry of an invalid_client answer.
		 */
		private Duration invalidClientRetryDelay = Duration.ofSeconds(10);

		/**
		 * The token retries' defaults: 3 attempts, at most 1 minute of waiting (long enough for
		 * Okta's per-minute rate-limit window to reset), a backoff from 1 s to 10 s with jitter 0.5.
		 */
		public TokenRetry() {
			super(3, Duration.ofMinutes(1), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 0.5));
		}

		public int getInvalidClientRetries() {
			return this.invalidClientRetries;
		}

		public void setInvalidClientRetries(int invalidClientRetries) {
			this.invalidClientRetries = invalidClientRetries;
		}

		public Duration getInvalidClientRetryDelay() {
			return this.invalidClientRetryDelay;
		}

		public void setInvalidClientRetryDelay(Duration invalidClientRetryDelay) {
			this.invalidClientRetryDelay = invalidClientRetryDelay;
		}

	}

	/**
	 * Exponential backoff with jitter: initial * 2^(retry - 1), capped at max, spread by
	 * &plusmn; jitter of itself. Used when the server did not say how long to wait.
	 */
	public static class Backoff {

		/**
		 * Wait before the first retry; doubled for each further one.
		 */
		private Duration initial;

		/**
		 * Longest computed wait between two retries, before jitter.
		 */
		private Duration max;

		/**
		 * Random spread of each wait, as a fraction of it (0 to 1), so that concurrent callers do
		 * not retry in lockstep.
		 */
		private double jitter;

		/**
		 * A backoff from 1 s to 30 s with jitter 0.5.
		 */
		public Backoff() {
			this(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.5);
		}

		Backoff(Duration initial, Duration max, double jitter) {
			this.initial = initial;
			this.max = max;
			this.jitter = jitter;
		}

		public Duration getInitial() {
			return this.initial;
		}

		public void setInitial(Duration initial) {
			this.initial = initial;
		}

		public Duration getMax() {
			return this.max;
		}

		public void setMax(Duration max) {
			this.max = max;
		}

		public double getJitter() {
			return this.jitter;
		}

		public void setJitter(double jitter) {
			this.jitter = jitter;
		}

	}

	/**
	 * Client-side rate limit shared by every call of the process, so that bulk jobs never trip
	 * the gateway's limits.
	 */
	public static class RateLimit {

		/**
		 * Whether to pace calls on the client side.
		 */
		private boolean enabled = true;

		/**
		 * Sustained requests per second across all APIs.
		 */
		private double requestsPerSecond = 5;

		/**
		 * Requests that may go at once after a quiet period. 1 spaces requests evenly.
		 */
		private int burst = 1;

		/**
		 * How much wider than 1 / requests-per-second calls are spaced, as a fraction. A gateway
		 * counting fixed one-second windows sees one call too many whenever network jitter bunches
		 * calls paced at exactly its limit; raise it for links with more jitter.
		 */
		private double pacingMargin = 0.01;

		/**
		 * Additional limits per API, keyed by a name of your choice. A request takes a permit from
		 * the policy with the longest matching path prefix as well as from the global limit. The
		 * default holds PSIRT openVuln's documented 5 per second and 30 per minute under "psirt".
		 */
		private Map<String, ApiLimit> perApi = new LinkedHashMap<>(Map.of("psirt", ApiLimit.psirt()));

		/**
		 * Adaptive rate: each API policy learns its rate from Cisco's throttling replies.
		 */
		private final AdaptiveRateLimit adaptive = new AdaptiveRateLimit();

		/**
		 * Where the state of the limits lives: "local" paces this process alone; "redis" shares one
		 * rate budget (global rate, per-API limits, adaptive rate) among every instance that uses
		 * the same client id and Redis, through Spring Boot's spring.data.redis.* connection, and
		 * an ERR_403_DEVELOPER_OVER_RATE answer to any instance makes all of them fail fast until
		 * the quota resets.
		 */
		private Store store = Store.LOCAL;

		/**
		 * The most requests sent per quota day by all instances that use this Cisco key (shared
		 * exactly when store is "redis"), to keep part of Cisco's daily quota for other jobs or to
		 * never see ERR_403_DEVELOPER_OVER_RATE. Every request counts, retries and
		 * re-authentications included; once it is used up, calls fail with QuotaExceededException
		 * until the quota resets at management.health.cisco-support.quota-reset-time. No budget
		 * when not set.
		 */
		private @Nullable Integer dailyBudget;

		/**
		 * The shared budget in Redis, used when store is "redis".
		 */
		private final RedisStore redis = new RedisStore();

		public RedisStore getRedis() {
			return this.redis;
		}

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public double getRequestsPerSecond() {
			return this.requestsPerSecond;
		}

		public void setRequestsPerSecond(double requestsPerSecond) {
			this.requestsPerSecond = requestsPerSecond;
		}

		public int getBurst() {
			return this.burst;
		}

		public void setBurst(int burst) {
			this.burst = burst;
		}

		public double getPacingMargin() {
			return this.pacingMargin;
		}

		public void setPacingMargin(double pacingMargin) {
			this.pacingMargin = pacingMargin;
		}

		public Map<String, ApiLimit> getPerApi() {
			return this.perApi;
		}

		public void setPerApi(Map<String, ApiLimit> perApi) {
			this.perApi = perApi;
		}

		public AdaptiveRateLimit getAdaptive() {
			return this.adaptive;
		}

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public @Nullable Integer getDailyBudget() {
			return this.dailyBudget;
		}

		public void setDailyBudget(@Nullable Integer dailyBudget) {
			this.dailyBudget = dailyBudget;
		}

	}

	/**
	 * Cached answers: each input's answer (such as the EoX records of one serial number) is kept
	 * through the application's Spring CacheManager, so a repeated lookup sends only the inputs
	 * not cached. Values and NOT_FOUND answers are cached; other per-item errors are not.
	 */
	public static class Cache {

		/**
		 * Whether to cache answers. Needs a CacheManager bean (for example @EnableCaching with
		 * Caffeine or Redis on the classpath); the application fails to start without one.
		 */
		private boolean enabled = false;

		/**
		 * How long an answer stays usable, per API (eox, product, coverage, psirt, software). An
		 * API left out is not cached; Bug, Case, RMA and ASD answers never are.
		 */
		private Map<String, Duration> timeToLive = new LinkedHashMap<>(AnswerCaching.DEFAULT_TIME_TO_LIVE);

		/**
		 * Prefix of the cache names; the answers of each API go to the cache named prefix + API,
		 * such as "cisco-support.eox".
		 */
		private String cacheNamePrefix = "cisco-support.";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Map<String, Duration> getTimeToLive() {
			return this.timeToLive;
		}

		public void setTimeToLive(Map<String, Duration> timeToLive) {
			this.timeToLive = timeToLive;
		}

		public String getCacheNamePrefix() {
			return this.cacheNamePrefix;
		}

		public void setCacheNamePrefix(String cacheNamePrefix) {
			this.cacheNamePrefix = cacheNamePrefix;
		}

	}

	/**
	 * Where the rate budget is kept.
	 */
	public enum Store {

		/**
		 * In this process: each instance paces itself.
		 */
		LOCAL,

		/**
		 * In Redis: every instance with the same client id takes its permits from one budget.
		 */
		REDIS

	}

	/**
	 * The shared rate budget in Redis.
	 */
	public static class RedisStore {

		/**
		 * Prefix of the Redis keys of the shared budget. A hash of the client id follows it, so that
		 * applications with different Cisco keys on one Redis keep separate budgets.
		 */
		private String keyPrefix = "cisco-support:rate-limit";

		/**
		 * How long a permit may take to come from Redis before this instance paces the call with
		 * its local limit instead.
		 */
		private Duration timeout = Duration.ofMillis(500);

		/**
		 * How long an instance leaves Redis alone after it failed or was slow, before it tries it
		 * again: meanwhile it paces itself with its local limit, and keeps the daily-quota state and
		 * the count of the daily budget in the process.
		 */
		private Duration retryInterval = Duration.ofSeconds(5);

		public String getKeyPrefix() {
			return this.keyPrefix;
		}

		public void setKeyPrefix(String keyPrefix) {
			this.keyPrefix = keyPrefix;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getRetryInterval() {
			return this.retryInterval;
		}

		public void setRetryInterval(Duration retryInterval) {
			this.retryInterval = retryInterval;
		}

	}

	/**
	 * The adaptive rate: instead of keeping requests-per-second, each API policy (and the lane of
	 * all other APIs) starts there, probes upward while calls succeed, and on a 429 or
	 * ERR_403_DEVELOPER_OVER_QPS reply cuts its rate and recovers towards the last rate that went
	 * through. The per-API limits stay hard ceilings.
	 */
	public static class AdaptiveRateLimit {

		/**
		 * Whether each API policy learns its rate from Cisco's throttling replies, starting at
		 * requests-per-second. Turn it on for bulk jobs when Cisco allows your key more (or less)
		 * than requests-per-second.
		 */
		private boolean enabled = false;

		/**
		 * Lowest rate, in requests per second, that throttling replies cut the rate to.
		 */
		private double minRequestsPerSecond = 0.5;

		/**
		 * Highest rate, in requests per second, that the rate probes up to.
		 */
		private double maxRequestsPerSecond = 100;

		/**
		 * Factor a throttling reply multiplies the rate by, above 0 and below 1.
		 */
		private double cutFactor = 0.7;

		/**
		 * How fast the rate recovers towards the last good maximum and probes beyond it (CUBIC's C),
		 * as a fraction of that maximum per second cubed: 0.02 recovers from a cut to 0.7 in 2.5 s.
		 */
		private double cubicScale = 0.02;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public double getMinRequestsPerSecond() {
			return this.minRequestsPerSecond;
		}

		public void setMinRequestsPerSecond(double minRequestsPerSecond) {
			this.minRequestsPerSecond = minRequestsPerSecond;
		}

		public double getMaxRequestsPerSecond() {
			return this.maxRequestsPerSecond;
		}

		public void setMaxRequestsPerSecond(double maxRequestsPerSecond) {
			this.maxRequestsPerSecond = maxRequestsPerSecond;
		}

		public double getCutFactor() {
			return this.cutFactor;
		}

		public void setCutFactor(double cutFactor) {
			this.cutFactor = cutFactor;
		}

		public double getCubicScale() {
			return this.cubicScale;
		}

		public void setCubicScale(double cubicScale) {
			this.cubicScale = cubicScale;
		}

	}

	/**
	 * The rate limit of one API.
	 */
	public static class ApiLimit {

		/**
		 * URL path prefix that selects the API, for example "/security/advisories/".
		 */
		private @Nullable String pathPrefix;

		/**
		 * Limits that all apply: at most "capacity" requests in any window of "period".
		 */
		private List<Limit> limits = new ArrayList<>();

		static ApiLimit psirt() {
			ApiLimit psirt = new ApiLimit();
			psirt.setPathPrefix("/security/advisories/");
			psirt.getLimits().add(new Limit(5, Duration.ofSeconds(1)));
			psirt.getLimits().add(new Limit(30, Duration.ofMinutes(1)));
			return psirt;
		}

		public @Nullable String getPathPrefix() {
			return this.pathPrefix;
		}

		public void setPathPrefix(@Nullable String pathPrefix) {
			this.pathPrefix = pathPrefix;
		}

		public List<Limit> getLimits() {
			return this.limits;
		}

		public void setLimits(List<Limit> limits) {
			this.limits = limits;
		}

	}

	/**
	 * At most {@code capacity} requests in any window of {@code period}.
	 */
	public static class Limit {

		/**
		 * Requests allowed in the period.
		 */
		private int capacity;

		/**
		 * Length of the sliding window.
		 */
		private Duration period;

		public Limit() {
		}

		Limit(int capacity, Duration period) {
			this.capacity = capacity;
			this.period = period;
		}

		public int getCapacity() {
			return this.capacity;
		}

		public void setCapacity(int capacity) {
			this.capacity = capacity;
		}

		public Duration getPeriod() {
			return this.period;
		}

		public void setPeriod(Duration period) {
			this.period = period;
		}

	}

}
