package io.github.ciscosupport.autoconfigure.metrics;

import java.io.IOException;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.ThrottledException;
import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * The starter's meters, fed by the client library's token and transport hooks and by the typed
 * clients. Every tag value comes from a small fixed set, so no input value can reach a tag.
 */
final class MicrometerCiscoSupportMetrics implements CiscoSupportMetrics, TokenFetchListener, TransportEvents {

	static final String TOKEN_FETCHES = "cisco.support.token.fetches";

	static final String REAUTHENTICATIONS = "cisco.support.reauthentications";

	static final String RETRIES = "cisco.support.retries";

	static final String THROTTLE_WAIT = "cisco.support.throttle.wait";

	static final String RATE_LIMIT_WAIT = "cisco.support.ratelimit.wait";

	static final String QUOTA_EXHAUSTED = "cisco.support.quota.exhausted";

	private static final int MAX_CAUSE_DEPTH = 16;

	private final MeterRegistry registry;

	private final Timer throttleWait;

	private final Timer rateLimitWait;

	private final Counter quotaExhausted;

	MicrometerCiscoSupportMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.throttleWait = Timer.builder(THROTTLE_WAIT)
			.description("Time calls waited before a retry because Cisco throttled them (429, OVER_QPS)")
			.register(registry);
		this.rateLimitWait = Timer.builder(RATE_LIMIT_WAIT)
			.description("Time requests waited for a permit of the client-side rate limit")
			.register(registry);
		this.quotaExhausted = Counter.builder(QUOTA_EXHAUSTED)
			.description("Calls refused because the daily quota is used up (ERR_403_DEVELOPER_OVER_RATE)")
			.register(registry);
		// Registered up front so that dashboards and alerts see zero rather than no data.
		tokenFetches("success", "none");
	}

	@Override
	public void tokenFetched(Duration duration) {
		tokenFetches("success", "none").increment();
	}

	@Override
	public void tokenFetchFailed(Throwable failure) {
		tokenFetches("failure", tokenError(failure)).increment();
	}

	@Override
	public void reauthenticated(int statusCode) {
		Counter.builder(REAUTHENTICATIONS)
			.description("Calls retried with a fresh token after Cisco rejected the cached one")
			.tag("status", Integer.toString(statusCode))
			.register(this.registry)
			.increment();
	}

	@Override
	public void onRetry(Throwable cause, int attempt, Duration delay) {
		Counter.builder(RETRIES)
			.description("API call attempts that failed and were retried")
			.tag("cause", retryCause(cause))
			.register(this.registry)
			.increment();
	}

	@Override
	public void onThrottled(Duration wait) {
		this.throttleWait.record(wait);
	}

	@Override
	public void onQuotaExhausted() {
		this.quotaExhausted.increment();
	}

	@Override
	public void onRateLimitWait(Duration wait) {
		this.rateLimitWait.record(wait);
	}

	@Override
	public void inputs(String api, int count) {
		Counter.builder(INPUTS)
			.description("Inputs (serial numbers, product IDs, ...) sent to the Cisco Support APIs")
			.tag("api", api)
			.register(this.registry)
			.increment(count);
	}

	@Override
	public void inputErrors(String api, String kind, int count) {
		Counter.builder(INPUT_ERRORS)
			.description("Inputs that the Cisco Support APIs answered with an error instead of data")
			.tag("api", api)
			.tag("kind", kind)
			.register(this.registry)
			.increment(count);
	}

	@Override
	public void cacheHits(String api, int count) {
		cacheGets(api, "hit", count);
	}

	@Override
	public void cacheMisses(String api, int count) {
		cacheGets(api, "miss", count);
	}

	private void cacheGets(String api, String result, int count) {
		Counter.builder(CACHE_GETS)
			.description("Inputs looked up in the answer cache: hit (answered without a call) or miss (sent to Cisco)")
			.tag("api", api)
			.tag("result", result)
			.register(this.registry)
			.increment(count);
	}

	private Counter tokenFetches(String outcome, String error) {
		return Counter.builder(TOKEN_FETCHES)
			.description("Access token requests to the token endpoint, retries of one fetch included")
			.tag("outcome", outcome)
			.tag("error", error)
			.register(this.registry);
	}

	private static String tokenError(Throwable failure) {
		if (!(failure instanceof TokenEndpointException ex)) {
			return failure.getClass().getSimpleName();
		}
		if (ex.getErrorCode() != null) {
			// Okta's OAuth2 codes (invalid_client, ...) are a short fixed vocabulary.
			return ex.getErrorCode();
		}
		return (ex.getStatusCode() > 0) ? "http_" + ex.getStatusCode() : "no_response";
	}

	private static String retryCause(Throwable cause) {
		Throwable candidate = cause;
		for (int depth = 0; candidate != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (candidate instanceof ThrottledException) {
				return "throttled";
			}
			if (candidate instanceof ServiceUnavailableException) {
				return "unavailable";
			}
			// By name: the JDK's, Reactor's and Netty's timeouts share no type.
			if (candidate.getClass().getSimpleName().contains("Timeout")) {
				return "timeout";
			}
			if (candidate instanceof IOException) {
				return "io";
			}
			candidate = candidate.getCause();
		}
		return "other";
	}

}
