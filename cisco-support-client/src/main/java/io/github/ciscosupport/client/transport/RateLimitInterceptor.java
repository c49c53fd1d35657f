package io.github.ciscosupport.client.transport;

import java.io.IOException;
import java.util.Objects;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The {@code RestClient} form of {@link RateLimitFilter}: holds each request until the limiter
 * gives it a permit, waiting on the caller's own thread (a virtual thread parks), and reports
 * the gateway's reply back to an adaptive rate.
 */
final class RateLimitInterceptor implements ClientHttpRequestInterceptor {

	private final RequestRateLimiter limiter;

	private final TransportEvents events;

	RateLimitInterceptor(RequestRateLimiter limiter, TransportEvents events) {
		this.limiter = limiter;
		this.events = events;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		String path = Objects.requireNonNullElse(request.getURI().getRawPath(), "/");
		RequestRateLimiter.Permit permit = Objects.requireNonNull(this.limiter.permit(path).block());
		if (!permit.waited().isZero()) {
			this.events.onRateLimitWait(permit.waited());
		}
		ClientHttpResponse response = execution.execute(request, body);
		if (permit.wantsReply()) {
			RateLimitFilter.replied(this.limiter, permit, response.getStatusCode().value(), response.getHeaders());
		}
		return response;
	}

}
