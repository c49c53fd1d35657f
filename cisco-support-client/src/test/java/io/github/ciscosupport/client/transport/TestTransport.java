package io.github.ciscosupport.client.transport;

import io.github.ciscosupport.client.VirtualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A real {@code WebClient} on Reactor Netty with the transport filters, on a virtual clock. An
 * innermost filter, where the auth filter would be, records the virtual instant at which each
 * physical request leaves, which is exact because a released retry or permit calls the exchange
 * on the thread that advances time.
 */
final class TestTransport {

	final VirtualClock clock = new VirtualClock();

	final RecordingEvents events = new RecordingEvents();

	final List<Duration> sentAt = new CopyOnWriteArrayList<>();

	final WebClient client;

	final RequestRateLimiter limiter;

	TestTransport(String baseUrl, RetryOptions retry, RateLimitOptions rateLimit) {
		this(baseUrl, retry, rateLimit, HttpClient.create());
	}

	TestTransport(String baseUrl, RetryOptions retry, RateLimitOptions rateLimit, HttpClient httpClient) {
		RequestRateLimiter limiter = RequestRateLimiter.create(rateLimit, this.clock);
		this.limiter = limiter;
		this.client = WebClient.builder()
			.baseUrl(baseUrl)
			.clientConnector(new ReactorClientHttpConnector(httpClient))
			.filters((filters) -> filters.addAll(CiscoSupportTransport.filters(retry, limiter, this.events, this.clock, (request, next) -> next.exchange(request))))
			.filter((request, next) -> {
				this.sentAt.add(this.clock.elapsed());
				return next.exchange(request);
			})
			.build();
	}

	/** Retries without jitter, so that every backoff is exact. */
	static RetryOptions retries(int maxAttempts, Duration maxTotalWait) {
		return new RetryOptions(maxAttempts, Duration.ofSeconds(1), Duration.ofSeconds(30), maxTotalWait, 0);
	}

	static RetryOptions retries(int maxAttempts) {
		return retries(maxAttempts, Duration.ofMinutes(10));
	}

}
