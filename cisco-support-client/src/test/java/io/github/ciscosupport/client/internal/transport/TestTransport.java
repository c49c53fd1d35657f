package io.github.ciscosupport.client.internal.transport;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.TestClients;
import io.github.ciscosupport.client.VirtualClock;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import io.github.ciscosupport.client.transport.RequestRateLimiter;
import io.github.ciscosupport.client.transport.RetryOptions;

import static com.github.tomakehurst.wiremock.client.WireMock.get;

/**
 * The {@code WebClient} of a {@code CiscoSupportClient} on Reactor Netty, on a virtual clock,
 * with a fixed token. Its connector records the virtual instant at which each physical request
 * leaves, which is exact because a released retry or permit calls the exchange on the thread
 * that advances time.
 */
public final class TestTransport {

	public final VirtualClock clock = new VirtualClock();

	public final RecordingEvents events = new RecordingEvents();

	public final List<Duration> sentAt = new CopyOnWriteArrayList<>();

	public final WebClient client;

	/** The rate limiter of the client. */
	public final RequestRateLimiter limiter;

	public TestTransport(String baseUrl, RetryOptions retry, RateLimitOptions rateLimit) {
		this(baseUrl, retry, rateLimit, HttpClient.create());
	}

	public TestTransport(String baseUrl, RetryOptions retry, RateLimitOptions rateLimit, HttpClient httpClient) {
		CiscoSupportClient cisco = TestClients.builder(baseUrl)
			.connector(new RecordingConnector(new ReactorClientHttpConnector(httpClient)))
			.retry(retry)
			.rateLimit(rateLimit)
			.scheduler(this.clock)
			.transportEvents(this.events)
			// Spring's default, so that a test reaches the limit with a modest body.
			.maxResponseSize(DataSize.ofKilobytes(256))
			.build();
		this.client = cisco.webClient();
		this.limiter = cisco.rateLimiter();
	}

	/** A GET of the path, its body as a string. */
	public CompletableFuture<String> call(String path) {
		return this.client.get().uri(path).retrieve().bodyToMono(String.class).toFuture();
	}

	/** Stubs consecutive replies to a GET of {@code path}; the last one repeats. */
	public static void replies(WireMockExtension server, String path, ResponseDefinitionBuilder... replies) {
		for (int i = 0; i < replies.length; i++) {
			server.stubFor(get(path).inScenario("replies")
				.whenScenarioStateIs((i == 0) ? Scenario.STARTED : "reply " + i)
				.willReturn(replies[i])
				.willSetStateTo("reply " + Math.min(i + 1, replies.length - 1)));
		}
	}

	/** Retries without jitter, so that every backoff is exact. */
	public static RetryOptions retries(int maxAttempts, Duration maxTotalWait) {
		return new RetryOptions(maxAttempts, Duration.ofSeconds(1), Duration.ofSeconds(30), maxTotalWait, 0);
	}

	public static RetryOptions retries(int maxAttempts) {
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
