package io.github.ciscosupport.test.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Programs the simulator's faults for the current test. Every method returns this object, so calls
 * chain; {@link CiscoSupportSimulator#reset()} clears everything back to the healthy defaults.
 * <pre class="code">
 * sim.faults()
 *     .failNextTokenCalls(3, TokenFault.INVALID_CLIENT)
 *     .failNextApiCalls(Api.EOX, 2, ApiFault.SERVICE_UNAVAILABLE)
 *     .rateLimit(RateLimit.perSecond(5).andPerDay(5000));
 * </pre>
 * Thread-safe: faults can be changed while requests are in flight.
 *
 * @author cisco-support-spring
 */
public final class Faults {

	private static final Duration DEFAULT_HANG = Duration.ofSeconds(30);

	private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(10);

	private final Duration defaultTokenLifetime;

	private final TokenErrorShape defaultTokenErrorShape;

	private final TokenService tokens;

	private final RateLimiter rateLimiter;

	private Duration tokenLifetime;

	private TokenErrorShape tokenErrorShape;

	private Duration tokenHang = DEFAULT_HANG;

	private Duration tokenRateLimitWait = DEFAULT_RATE_LIMIT_WAIT;

	private final List<Rule<TokenFault>> tokenFaults = new ArrayList<>();

	private final List<Rule<ApiFault>> apiFaults = new ArrayList<>();

	private Duration latency = Duration.ZERO;

	private final Map<Api, Duration> apiLatency = new EnumMap<>(Api.class);

	private final Set<Api> disabled = EnumSet.noneOf(Api.class);

	private int maxInputsPerUri = Integer.MAX_VALUE;

	private RateLimit rateLimit;

	private final Map<Api, RateLimit> apiRateLimits = new EnumMap<>(Api.class);

	Faults(Duration defaultTokenLifetime, TokenErrorShape defaultTokenErrorShape, TokenService tokens,
			RateLimiter rateLimiter) {
		this.defaultTokenLifetime = defaultTokenLifetime;
		this.defaultTokenErrorShape = defaultTokenErrorShape;
		this.tokens = tokens;
		this.rateLimiter = rateLimiter;
		this.tokenLifetime = defaultTokenLifetime;
		this.tokenErrorShape = defaultTokenErrorShape;
	}

	/**
	 * Sets the lifetime of tokens issued from now on ({@code expires_in}).
	 * @param lifetime the lifetime, at least one second
	 * @return this object
	 */
	public synchronized Faults tokenLifetime(Duration lifetime) {
		if (lifetime.getSeconds() < 1) {
			throw new IllegalArgumentException("A token lives at least one second");
		}
		this.tokenLifetime = lifetime;
		return this;
	}

	/**
	 * Sets the body shape of token endpoint errors.
	 * @param shape the shape
	 * @return this object
	 */
	public synchronized Faults tokenErrorShape(TokenErrorShape shape) {
		this.tokenErrorShape = shape;
		return this;
	}

	/**
	 * Makes the next token calls fail, whatever their credentials.
	 * @param count how many calls
	 * @param fault how they fail
	 * @return this object
	 */
	public synchronized Faults failNextTokenCalls(int count, TokenFault fault) {
		this.tokenFaults.add(new Rule<>(null, fault, count));
		return this;
	}

	/**
	 * Sets how long a {@link TokenFault#HANG hanging} token call waits before answering.
	 * @param duration the delay, 30 seconds by default
	 * @return this object
	 */
	public synchronized Faults tokenHangDuration(Duration duration) {
		this.tokenHang = duration;
		return this;
	}

	/**
	 * Sets how long a {@link TokenFault#RATE_LIMITED rate-limited} token call asks the client to
	 * wait, through {@code x-rate-limit-reset} or {@code Retry-After}.
	 * @param wait the wait, whole seconds, 10 seconds by default
	 * @return this object
	 */
	public synchronized Faults tokenRateLimitWait(Duration wait) {
		if (wait.isNegative()) {
			throw new IllegalArgumentException("The rate-limit wait must not be negative");
		}
		this.tokenRateLimitWait = wait;
		return this;
	}

	/**
	 * Revokes every token issued so far: API calls carrying them get {@code 401} until the client
	 * fetches a new token.
	 * @return this object
	 */
	public Faults revokeAllTokens() {
		this.tokens.revokeAll();
		return this;
	}

	/**
	 * Makes the next API calls, of any API, fail. Only calls that pass the gateway checks (bearer
	 * header, valid token, API enabled, rate limit) consume a fault; rules are consumed in the order
	 * they were added.
	 * @param count how many calls
	 * @param fault how they fail
	 * @return this object
	 */
	public synchronized Faults failNextApiCalls(int count, ApiFault fault) {
		this.apiFaults.add(new Rule<>(null, fault, count));
		return this;
	}

	/**
	 * Makes the next calls of one API fail. Only calls that pass the gateway checks consume a
	 * fault.
	 * @param api the API
	 * @param count how many calls
	 * @param fault how they fail
	 * @return this object
	 */
	public synchronized Faults failNextApiCalls(Api api, int count, ApiFault fault) {
		this.apiFaults.add(new Rule<>(api, fault, count));
		return this;
	}

	/**
	 * Makes the next calls of one API that name a given input fail, whatever else they ask for:
	 * for instance one batch of a bulk lookup, while the other batches succeed. Only calls that
	 * pass the gateway checks consume a fault.
	 * @param api the API
	 * @param input an input of the calls to fail, as sent (compared ignoring case)
	 * @param count how many calls
	 * @param fault how they fail
	 * @return this object
	 */
	public synchronized Faults failNextApiCallsWithInput(Api api, String input, int count, ApiFault fault) {
		this.apiFaults.add(new Rule<>(api, input, fault, count));
		return this;
	}

	/**
	 * Answers {@code 414 Request-URI Too Large} to every API call naming more than the given
	 * number of inputs, as a front end that limits the length of URLs does (inputs are part of
	 * the URL, so its length grows with them). The answer is an HTML page without a Mashery
	 * error code, sent before any other check.
	 * @param maxInputs the most inputs a call may name
	 * @return this object
	 */
	public synchronized Faults uriTooLongAbove(int maxInputs) {
		if (maxInputs < 0) {
			throw new IllegalArgumentException("maxInputs must not be negative");
		}
		this.maxInputsPerUri = maxInputs;
		return this;
	}

	/**
	 * Delays every API response.
	 * @param delay the added latency
	 * @return this object
	 */
	public synchronized Faults latency(Duration delay) {
		this.latency = delay;
		return this;
	}

	/**
	 * Delays the responses of one API (instead of the latency set for all).
	 * @param api the API
	 * @param delay the added latency
	 * @return this object
	 */
	public synchronized Faults latency(Api api, Duration delay) {
		this.apiLatency.put(api, delay);
		return this;
	}

	/**
	 * Disables an API for the application, as when it is not enabled in the API Console: every
	 * call gets {@code 403 ERR_403_DEVELOPER_INACTIVE}.
	 * @param api the API
	 * @return this object
	 */
	public synchronized Faults disableApi(Api api) {
		this.disabled.add(api);
		return this;
	}

	/**
	 * Enables an API again.
	 * @param api the API
	 * @return this object
	 */
	public synchronized Faults enableApi(Api api) {
		this.disabled.remove(api);
		return this;
	}

	/**
	 * Enforces a rate limit on every API, each API counting separately. Replaces earlier limits
	 * and restarts the counters.
	 * @param limit the limit
	 * @return this object
	 */
	public synchronized Faults rateLimit(RateLimit limit) {
		this.rateLimit = limit;
		this.apiRateLimits.clear();
		this.rateLimiter.reset();
		return this;
	}

	/**
	 * Enforces a rate limit on one API. Restarts its counters.
	 * @param api the API
	 * @param limit the limit
	 * @return this object
	 */
	public synchronized Faults rateLimit(Api api, RateLimit limit) {
		this.apiRateLimits.put(api, limit);
		this.rateLimiter.reset(api);
		return this;
	}

	/**
	 * Removes every rate limit.
	 * @return this object
	 */
	public synchronized Faults noRateLimit() {
		this.rateLimit = null;
		this.apiRateLimits.clear();
		this.rateLimiter.reset();
		return this;
	}

	/**
	 * Clears every fault and limit; tokens stay valid.
	 * @return this object
	 */
	public synchronized Faults clear() {
		this.tokenLifetime = this.defaultTokenLifetime;
		this.tokenErrorShape = this.defaultTokenErrorShape;
		this.tokenHang = DEFAULT_HANG;
		this.tokenRateLimitWait = DEFAULT_RATE_LIMIT_WAIT;
		this.tokenFaults.clear();
		this.apiFaults.clear();
		this.latency = Duration.ZERO;
		this.apiLatency.clear();
		this.disabled.clear();
		this.maxInputsPerUri = Integer.MAX_VALUE;
		this.rateLimit = null;
		this.apiRateLimits.clear();
		this.rateLimiter.reset();
		return this;
	}

	synchronized Duration tokenLifetime() {
		return this.tokenLifetime;
	}

	synchronized TokenErrorShape tokenErrorShape() {
		return this.tokenErrorShape;
	}

	synchronized Duration tokenHang() {
		return this.tokenHang;
	}

	synchronized Duration tokenRateLimitWait() {
		return this.tokenRateLimitWait;
	}

	synchronized TokenFault takeTokenFault() {
		return take(this.tokenFaults, null, List.of());
	}

	synchronized ApiFault takeApiFault(Api api, List<String> inputs) {
		return take(this.apiFaults, api, inputs);
	}

	synchronized boolean isUriTooLong(int inputs) {
		return inputs > this.maxInputsPerUri;
	}

	synchronized Duration latency(Api api) {
		return this.apiLatency.getOrDefault(api, this.latency);
	}

	synchronized boolean isDisabled(Api api) {
		return this.disabled.contains(api);
	}

	synchronized RateLimit rateLimit(Api api) {
		return this.apiRateLimits.getOrDefault(api, this.rateLimit);
	}

	private static <F> F take(List<Rule<F>> rules, Api api, List<String> inputs) {
		Iterator<Rule<F>> iterator = rules.iterator();
		while (iterator.hasNext()) {
			Rule<F> rule = iterator.next();
			if (rule.matches(api, inputs)) {
				rule.remaining--;
				if (rule.remaining <= 0) {
					iterator.remove();
				}
				return rule.fault;
			}
		}
		return null;
	}

	@Override
	public synchronized String toString() {
		return "Faults[tokenLifetime=" + this.tokenLifetime + ", tokenFaults=" + this.tokenFaults + ", apiFaults="
				+ this.apiFaults + ", latency=" + this.latency + ", apiLatency=" + this.apiLatency + ", disabled="
				+ this.disabled + ", maxInputsPerUri=" + this.maxInputsPerUri + ", rateLimit=" + this.rateLimit
				+ ", apiRateLimits=" + this.apiRateLimits + "]";
	}

	private static final class Rule<F> {

		private final Api api;

		private final String input;

		private final F fault;

		private int remaining;

		Rule(Api api, F fault, int count) {
			this(api, null, fault, count);
		}

		Rule(Api api, String input, F fault, int count) {
			if (count < 1) {
				throw new IllegalArgumentException("count must be at least 1");
			}
			this.api = api;
			this.input = input;
			this.fault = fault;
			this.remaining = count;
		}

		boolean matches(Api api, List<String> inputs) {
			return (this.api == null || this.api == api)
					&& (this.input == null || inputs.stream().anyMatch(this.input::equalsIgnoreCase));
		}

		@Override
		public String toString() {
			return this.remaining + " x " + this.fault + ((this.api != null) ? " on " + this.api : "")
					+ ((this.input != null) ? " naming " + this.input : "");
		}

	}

}
