package io.github.ciscosupport.client.internal.transport;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import io.github.ciscosupport.client.TokenEndpointException;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.client.transport.TransportEvents;
import io.netty.handler.timeout.ReadTimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClientRequestException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backoff computation, {@code Retry-After} parsing and the classification of I/O failures.
 */
class GatewayRetryTests {

	private static final ClientRequest REQUEST = ClientRequest.create(HttpMethod.GET, URI.create("https://apix.cisco.com/x"))
		.build();

	@Test
	void backoffDoublesUpToTheMaximum() {
		GatewayRetry retry = retry(0, 0.5);
		assertThat(retry.backoff(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(retry.backoff(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(retry.backoff(5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(retry.backoff(6)).isEqualTo(Duration.ofSeconds(30));
		assertThat(retry.backoff(100)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void jitterSpreadsTheBackoffBothWays() {
		assertThat(retry(0.5, 0).backoff(2)).isEqualTo(Duration.ofSeconds(1));
		assertThat(retry(0.5, 0.999_999).backoff(2)).isBetween(Duration.ofMillis(2_999), Duration.ofSeconds(3));
		assertThat(retry(0.5, 0.5).backoff(2)).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void withAnAdaptiveLimiterAThrottlingReplyWithoutRetryAfterHasNoBackoffOfItsOwn() {
		RetryOptions options = new RetryOptions(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2),
				0);
		RetryBudget paced = new RetryBudget("GET", "/x", options, TransportEvents.NONE, () -> 0, () -> 0.5, true);
		assertThat(paced.next(new RetryableReply(reply(null, null))).delay()).isZero();
		// Retry-After is still honoured, and an unavailable gateway still backs off (attempt 3: 4 s).
		assertThat(paced.next(new RetryableReply(reply("3", null))).delay()).isEqualTo(Duration.ofSeconds(3));
		ErrorReply unavailable = new ErrorReply(ReplyKind.UNAVAILABLE, "GET", "/x", 503, null, null, null, null, "");
		assertThat(paced.next(new RetryableReply(unavailable)).delay()).isEqualTo(Duration.ofSeconds(4));
		// A reset connection has no reply at all: it backs off (attempt 4: 8 s).
		assertThat(paced.next(wrapped(new IOException("Connection reset by peer"))).delay())
			.isEqualTo(Duration.ofSeconds(8));
		RetryBudget unpaced = new RetryBudget("GET", "/x", options, TransportEvents.NONE, () -> 0, () -> 0.5, false);
		assertThat(unpaced.next(new RetryableReply(reply(null, null))).delay()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void retryAfterInSeconds() {
		assertThat(reply("120", null).retryAfter(0)).isEqualTo(Duration.ofMinutes(2));
		assertThat(reply(" 0 ", null).retryAfter(0)).isZero();
	}

	@Test
	void retryAfterAsDateInThePastIsNoWait() {
		String date = "Mon, 02 Mar 2026 10:15:30 GMT";
		assertThat(reply("Mon, 02 Mar 2026 10:15:00 GMT", date).retryAfter(0)).isZero();
	}

	@Test
	void invalidRetryAfterIsIgnored() {
		assertThat(reply("soon", null).retryAfter(0)).isNull();
		assertThat(reply("-1", null).retryAfter(0)).isNull();
		assertThat(reply("99999999999", null).retryAfter(0)).isNull();
		assertThat(reply(null, null).retryAfter(0)).isNull();
	}

	@Test
	void resetsClosedConnectionsAndTimeoutsAreTransient() {
		assertThat(TransientFaults.isTransient(wrapped(new IOException("Connection reset by peer")))).isTrue();
		assertThat(TransientFaults.isTransient(wrapped(PrematureCloseException.TEST_EXCEPTION))).isTrue();
		assertThat(TransientFaults.isTransient(wrapped(ReadTimeoutException.INSTANCE))).isTrue();
		assertThat(TransientFaults.isTransient(new TimeoutException("Did not observe any item"))).isTrue();
	}

	@Test
	void failuresThatWillNotHealAreNotTransient() {
		assertThat(TransientFaults.isTransient(wrapped(new UnknownHostException("apix.cisco.com")))).isFalse();
		assertThat(TransientFaults.isTransient(wrapped(new SSLHandshakeException("PKIX path building failed"))))
			.isFalse();
		assertThat(TransientFaults.isTransient(new IllegalStateException("bug"))).isFalse();
		// The auth layer retries token fetches itself; its final failure must not be retried here.
		assertThat(TransientFaults.isTransient(
				new TokenEndpointException(0, null, "token endpoint unreachable", new IOException("reset"))))
			.isFalse();
	}

	private static GatewayRetry retry(double jitter, double random) {
		RetryOptions options = new RetryOptions(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2),
				jitter);
		return new GatewayRetry(REQUEST, options, TransportEvents.NONE, Schedulers.immediate(), () -> random, false);
	}

	private static ErrorReply reply(String retryAfter, String date) {
		return new ErrorReply(ReplyKind.THROTTLED, "GET", "/x", 429, null, null, retryAfter, date, "");
	}

	private static WebClientRequestException wrapped(Throwable cause) {
		return new WebClientRequestException(cause, HttpMethod.GET, URI.create("https://apix.cisco.com/x"),
				new HttpHeaders());
	}

}
