package io.github.ciscosupport.client.internal.transport;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * The {@code RestClient} form of {@link ErrorMappingFilter}: the same replies become the same
 * exceptions, and an API's own error envelope reaches the caller unchanged.
 */
final class ErrorMappingInterceptor implements ClientHttpRequestInterceptor {

	private final TransportEvents events;

	private final QuotaGuard quotaGuard;

	/**
	 * @param events notified when the daily quota is used up
	 * @param quotaGuard told when the daily quota is used up, so that later calls fail fast
	 */
	ErrorMappingInterceptor(TransportEvents events, QuotaGuard quotaGuard) {
		this.events = events;
		this.quotaGuard = quotaGuard;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		ClientHttpResponse response = execution.execute(request, body);
		ReplyKind kind = ReplyKind.of(response.getStatusCode().value(), response.getHeaders());
		if (kind == ReplyKind.FOR_CALLER) {
			return response;
		}
		if (kind == ReplyKind.QUOTA_EXCEEDED) {
			this.events.onQuotaExhausted();
		}
		ErrorReply reply = ErrorReply.read(request.getMethod().name(), request.getURI().getRawPath(), response, kind);
		if (kind == ReplyKind.QUOTA_EXCEEDED) {
			this.quotaGuard.exhausted(reply);
		}
		throw reply.toException("");
	}

}
