package io.github.ciscosupport.client.internal.transport;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.TestClients;
import io.github.ciscosupport.client.VirtualClock;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RetryOptions;

/**
 * The {@code WebClient} of a {@code CiscoSupportClient} on Reactor Netty, on a virtual clock,
 * with a fixed token. Its connector records the virtual instant at which each physical request
 * leaves, which is exact because a released retry or permit calls the exchange on the thread
 * that advances time.
 */
final class TestTransport {

	final VirtualClock clock = new VirtualClock();

	final RecordingEvents events = new RecordingEvents();

	final List<Duration> sentAt = new CopyOnWriteArrayList<>();

	final WebClient client;

	TestTransport(String baseUrl, RetryOptions retry, RateLimitOptions rateLimit) {
		this(baseUrl, retry, rateLimit, HttpClient.create());
	}

	TestTransport(String baseUrl, RetryOptions retry, RateLimitOptions rateLimit, HttpClient httpClient) {
		this.client = TestClients.builder(baseUrl)
			.connector(new RecordingConnector(new ReactorClientHttpConnector(httpClient)))
			.retry(retry)
			.rateLimit(rateLimit)
			.scheduler(this.clock)
			.transportEvents(this.events)
			// Spring's default, so that a test reaches the limit with a modest body.
			.maxResponseSize(DataSize.ofKilobytes(256))
			.build()
			.webClient();
	}

	/** Retries without jitter, so that every backoff is exact. */
	static RetryOptions retries(int maxAttempts, Duration maxTotalWait) {
		return new RetryOptions(maxAttempts, Duration.ofSeconds(1), Duration.ofSeconds(30), maxTotalWait, 0);
	}

	static RetryOptions retries(int maxAttempts) {
		return retries(maxAttempts, Duration.ofMinutes(10));
	}

	private final class RecordingConnector implements ClientHttpConnector {

		private final ClientHttpConnector delegate;

		RecordingConnector(ClientHttpConnector delegate) {
			this.delegate = delegate;
		}

		@Override
		public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
				Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
			TestTransport.this.sentAt.add(TestTransport.this.clock.elapsed());
			return this.delegate.connect(method, uri, requestCallback);
		}

	}

}
