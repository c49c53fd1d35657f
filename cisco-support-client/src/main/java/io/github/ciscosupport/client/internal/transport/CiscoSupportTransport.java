package io.github.ciscosupport.client.internal.transport;

import java.util.ArrayList;
import java.util.List;

import reactor.core.scheduler.Scheduler;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * The transport policies of the Cisco Support APIs as {@code ExchangeFilterFunction}s, in the
 * one order they are applied in; {@code CiscoSupportClient} puts them on its {@code WebClient}.
 * The filters come in this order, outermost first:
 * <ol>
 * <li>the {@link QuotaGuard}: fails calls fast while the daily quota is known to be used up;</li>
 * <li>{@linkplain #errorMapping error mapping}: turns the final error reply into an exception;</li>
 * <li>{@linkplain #retry retry}: retries throttled and transient failures; every retry goes
 * through the filters after it again;</li>
 * <li>authentication: the bearer token, and re-authentication on 401;</li>
 * <li>{@linkplain #rateLimit rate limit}, closest to the exchange, so that every physical request,
 * retries and re-authentications included, takes a permit right before it leaves. Were the permit
 * taken before the token, requests released while the first token is being fetched would all
 * leave together once it arrives, a burst that trips a gateway counting per second.</li>
 * <li>with a daily budget, its count, innermost, so that each physical request counts once, as
 * Cisco counts it, and a request beyond the budget is refused before it leaves.</li>
 * </ol>
 * A request that waits for a permit longer than its token has left is rejected with 401 and
 * re-authenticated; tokens are refreshed well before expiry, so this is rare.
 */
public final class CiscoSupportTransport {

	private CiscoSupportTransport() {
	}

	/**
	 * The transport filters with the given authentication filter, in the order they must be
	 * applied.
	 * @param retryOptions the retry options
	 * @param rateLimiter the rate limiter shared by every {@code WebClient} of the process
	 * @param events the listener for metrics, or {@link TransportEvents#NONE}
	 * @param scheduler where retries wait, and their source of time
	 * @param authentication the filter that adds the bearer token
	 * @param quotaGuard fails calls fast while the daily quota is known to be used up
	 * @return quota guard, error mapping, retry, authentication, rate limit and daily budget,
	 * outermost first
	 */
	public static List<ExchangeFilterFunction> filters(RetryOptions retryOptions, RequestRateLimiter rateLimiter,
			TransportEvents events, Scheduler scheduler, ExchangeFilterFunction authentication,
			QuotaGuard quotaGuard) {
		Assert.notNull(authentication, "Authentication filter must not be null");
		Assert.notNull(quotaGuard, "QuotaGuard must not be null");
		List<ExchangeFilterFunction> filters = new ArrayList<>(List.of(quotaGuard,
				new ErrorMappingFilter(events, quotaGuard),
				new RetryFilter(retryOptions, events, scheduler, rateLimiter.isAdaptive()), authentication));
		// A disabled limiter would only add an operator to every call.
		if (rateLimiter.isEnabled()) {
			filters.add(rateLimit(rateLimiter, events));
		}
		ExchangeFilterFunction dailyBudget = quotaGuard.dailyBudgetFilter();
		if (dailyBudget != null) {
			filters.add(dailyBudget);
		}
		return List.copyOf(filters);
	}

	/**
	 * The same transport policies as {@code ClientHttpRequestInterceptor}s of a {@code RestClient},
	 * in the same order and with the same decisions; they wait (for a permit, a token or a backoff)
	 * on the caller's own thread.
	 * @param retryOptions the retry options
	 * @param rateLimiter the rate limiter shared with the {@code WebClient}
	 * @param events the listener for metrics, or {@link TransportEvents#NONE}
	 * @param scheduler where the backoff is timed
	 * @param maxResponseSize the largest 2xx body read, in bytes
	 * @param authentication the interceptor that adds the bearer token
	 * @param quotaGuard fails calls fast while the daily quota is known to be used up
	 * @return quota guard, error mapping, retry, authentication, rate limit and daily budget,
	 * outermost first
	 */
	public static List<ClientHttpRequestInterceptor> interceptors(RetryOptions retryOptions,
			RequestRateLimiter rateLimiter, TransportEvents events, Scheduler scheduler, int maxResponseSize,
			ClientHttpRequestInterceptor authentication, QuotaGuard quotaGuard) {
		Assert.notNull(authentication, "Authentication interceptor must not be null");
		Assert.notNull(retryOptions, "RetryOptions must not be null");
		Assert.notNull(events, "TransportEvents must not be null");
		Assert.notNull(scheduler, "Scheduler must not be null");
		Assert.notNull(rateLimiter, "RequestRateLimiter must not be null");
		Assert.notNull(quotaGuard, "QuotaGuard must not be null");
		List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>(List.of(quotaGuard.interceptor(),
				new ErrorMappingInterceptor(events, quotaGuard),
				new RetryInterceptor(retryOptions, events, scheduler, maxResponseSize, rateLimiter.isAdaptive()),
				authentication));
		if (rateLimiter.isEnabled()) {
			interceptors.add(rateLimiter.interceptor(events));
		}
		ClientHttpRequestInterceptor dailyBudget = quotaGuard.dailyBudgetInterceptor();
		if (dailyBudget != null) {
			interceptors.add(dailyBudget);
		}
		return List.copyOf(interceptors);
	}

	/**
	 * The filter that turns error replies into exceptions: {@code QuotaExceededException}
	 * ({@code ERR_403_DEVELOPER_OVER_RATE}), {@code ThrottledException} (429,
	 * {@code *_OVER_QPS}), {@code ServiceUnavailableException} (502, 503, 504),
	 * {@code CiscoSupportAuthorizationException} (401, 403 {@code ERR_403_NOT_AUTHORIZED} or
	 * {@code ERR_403_DEVELOPER_INACTIVE}) and {@code CiscoSupportApiException} for the rest.
	 * Replies of 400 and above with a JSON body and no {@code X-Mashery-Error-Code}, other than
	 * 429, 502, 503 and 504, are an API's own error envelope and reach the caller unchanged.
	 * @param events notified when the daily quota is used up
	 * @return the filter
	 */
	static ExchangeFilterFunction errorMapping(TransportEvents events) {
		Assert.notNull(events, "TransportEvents must not be null");
		return new ErrorMappingFilter(events);
	}

	/**
	 * The filter that holds each request until the rate limiter gives it a permit.
	 * @param rateLimiter the rate limiter shared by every {@code WebClient} of the process
	 * @param events notified when a request had to wait
	 * @return the filter
	 */
	static ExchangeFilterFunction rateLimit(RequestRateLimiter rateLimiter, TransportEvents events) {
		Assert.notNull(rateLimiter, "RequestRateLimiter must not be null");
		Assert.notNull(events, "TransportEvents must not be null");
		return rateLimiter.filter(events);
	}

}
