package io.github.ciscosupport.client.internal.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.ciscosupport.client.CiscoSupportApiException;
import io.github.ciscosupport.client.CiscoSupportAuthorizationException;
import io.github.ciscosupport.client.FailedCall;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.ServiceUnavailableException;
import io.github.ciscosupport.client.ThrottledException;
import io.github.ciscosupport.client.internal.BodyExcerpt;
import io.github.ciscosupport.client.internal.Durations;
import io.github.ciscosupport.client.internal.RetryAfter;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;

/**
 * An error reply, read and released, with what is needed to retry it or to explain it: status,
 * Mashery error code and message id, {@code Retry-After} and a short excerpt of the body.
 */
record ErrorReply(ReplyKind kind, String method, String path, int status, @Nullable String errorCode, @Nullable String messageId,
		@Nullable String retryAfterHeader, @Nullable String dateHeader, String excerpt) {

	private static final int EXCERPT_LENGTH = 200;

	/** How much of a {@code RestClient}'s error body is read for the excerpt. */
	private static final int EXCERPT_READ = 64 * 1024;

	/**
	 * Reads the body of an error reply (which also releases it) into an {@code ErrorReply}. An
	 * unreadable body, too large for the codecs or cut short, gives an empty excerpt.
	 */
	static Mono<ErrorReply> read(ClientRequest request, ClientResponse response, ReplyKind kind) {
		return response.bodyToMono(String.class)
			.onErrorResume((ex) -> Mono.empty())
			.defaultIfEmpty("")
			.map((body) -> of(request.method().name(), request.url().getRawPath(), kind, response.statusCode().value(),
					response.headers().asHttpHeaders(), body));
	}

	/**
	 * Reads the body of an error reply of a {@code RestClient} (and closes it) into an
	 * {@code ErrorReply}; an unreadable body gives an empty excerpt.
	 */
	static ErrorReply read(String method, String path, ClientHttpResponse response, ReplyKind kind)
			throws IOException {
		int status = response.getStatusCode().value();
		String body;
		try (response) {
			body = new String(response.getBody().readNBytes(EXCERPT_READ), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			body = "";
		}
		return of(method, path, kind, status, response.getHeaders(), body);
	}

	/**
	 * An {@code ErrorReply} of any HTTP client, from a reply whose body was read.
	 * @param method the request's method
	 * @param path the request's raw path
	 * @param kind the reply's kind
	 * @param status the reply's status
	 * @param headers the reply's headers
	 * @param body the reply's body, empty when it could not be read
	 * @return the reply
	 */
	static ErrorReply of(String method, String path, ReplyKind kind, int status, HttpHeaders headers, String body) {
		return new ErrorReply(kind, method, path, status, headers.getFirst(ReplyKind.ERROR_CODE_HEADER),
				headers.getFirst("X-Mashery-Message-ID"), headers.getFirst(HttpHeaders.RETRY_AFTER),
				headers.getFirst(HttpHeaders.DATE), excerpt(body));
	}

	/**
	 * The wait the server asked for, from a {@code Retry-After} in seconds or as an HTTP date.
	 * A date is measured from the reply's own {@code Date} header when it has one, so that a
	 * skewed local clock does not matter, otherwise from {@code nowMillis}.
	 * @return the wait, or null when there is no valid {@code Retry-After}
	 */
	@Nullable Duration retryAfter(long nowMillis) {
		return RetryAfter.parse(this.retryAfterHeader, this.dateHeader, nowMillis);
	}

	/**
	 * The exception that reports this reply.
	 * @param outcome what the retries did, such as {@code " after 5 attempts"}, or empty
	 */
	CiscoSupportApiException toException(String outcome) {
		String hint = hint();
		String message = this.method + " " + this.path + " failed" + outcome + ": " + summary()
				+ ((this.messageId != null) ? " (Mashery message id " + this.messageId + ")" : "") + "."
				+ (hint.isEmpty() ? "" : " " + hint) + (this.excerpt.isEmpty() ? "" : " Response: " + this.excerpt);
		FailedCall failed = new FailedCall(this.method, this.path, this.messageId, this.excerpt);
		return switch (this.kind) {
			case QUOTA_EXCEEDED -> new QuotaExceededException(this.status, this.errorCode, message, failed, null);
			case THROTTLED -> new ThrottledException(this.status, this.errorCode, message, failed, null);
			case UNAVAILABLE -> new ServiceUnavailableException(this.status, this.errorCode, message, failed, null);
			case NOT_AUTHORIZED -> new CiscoSupportAuthorizationException(this.status, this.errorCode, message, failed,
					null);
			default -> new CiscoSupportApiException(this.status, this.errorCode, message, failed, null);
		};
	}

	/** Status and Mashery error code, such as {@code HTTP 403 ERR_403_DEVELOPER_OVER_QPS}. */
	String summary() {
		return "HTTP " + this.status + ((this.errorCode != null) ? " " + this.errorCode : "");
	}

	/**
	 * The exception that reports a call that got no usable reply: none at all, or a 2xx whose
	 * body could not be used ({@link UnusableBody}).
	 */
	static ServiceUnavailableException noReply(String method, String path, Throwable failure, String outcome) {
		String excerpt = (failure instanceof UnusableBody body) ? excerpt(body.bodyStart()) : "";
		return new ServiceUnavailableException((failure instanceof UnusableBody body) ? body.status() : 0, null,
				call(method, path) + " failed" + outcome + ": " + noReplySummary(failure) + ". " + hint(ReplyKind.UNAVAILABLE)
						+ (excerpt.isEmpty() ? "" : " Response: " + excerpt),
				new FailedCall(method, path, null, excerpt), failure);
	}

	/**
	 * What went wrong instead of a usable reply, such as
	 * {@code no response (PrematureCloseException: ...)} or {@code HTTP 200 with an empty body}.
	 */
	static String noReplySummary(Throwable failure) {
		return (failure instanceof UnusableBody body) ? body.getMessage() : "no response (" + describe(failure) + ")";
	}

	/** The most specific cause of a failure, such as {@code PrematureCloseException: ...}. */
	static String describe(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	private String hint() {
		if (this.status == 596 || "ERR_596_SERVICE_NOT_FOUND".equals(this.errorCode)) {
			return "The gateway found no service for this URL, which usually means an input contains a space: "
					+ "trim the inputs.";
		}
		if (this.status == 414) {
			return "The URL is too long: send fewer inputs per request.";
		}
		return hint(this.kind);
	}

	private static String hint(ReplyKind kind) {
		return switch (kind) {
			case QUOTA_EXCEEDED -> "The application's daily quota is used up; retrying cannot help before Cisco "
					+ "resets it.";
			case THROTTLED -> "Cisco throttled the application for sending too many requests per second: lower the "
					+ "client-side rate limit, or look for other clients that use the same credentials.";
			case UNAVAILABLE -> "The Cisco service is unavailable or did not answer in time (maintenance or "
					+ "overload); try again later.";
			case NOT_AUTHORIZED -> "Cisco refused the call even with a fresh token: check in the Cisco API Console "
					+ "that the application is activated and that this API is enabled for it (a new application "
					+ "takes a while to be activated), and that its credentials were not revoked.";
			default -> "";
		};
	}

	/** How a retry summary reads in messages: {@code " after 3 attempts and 4.5 s of waiting"}. */
	static String outcome(int attempts, Duration waited) {
		return " after " + attempts + ((attempts == 1) ? " attempt" : " attempts") + " and " + seconds(waited)
				+ " of waiting";
	}

	static String seconds(Duration duration) {
		return Durations.seconds(duration);
	}

	static String call(ClientRequest request) {
		return call(request.method().name(), request.url().getRawPath());
	}

	static String call(String method, String path) {
		// The path only: query strings can be long, and a path is what identifies the API.
		return method + " " + path;
	}

	private static String excerpt(String body) {
		return BodyExcerpt.of(body, EXCERPT_LENGTH);
	}

}
