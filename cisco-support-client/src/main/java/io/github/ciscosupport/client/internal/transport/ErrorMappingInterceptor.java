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

	ErrorMappingInterceptor(TransportEvents events) {
		this.events = events;
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
		throw ErrorReply.read(request.getMethod().name(), request.getURI().getRawPath(), response, kind)
			.toException("");
	}

}
