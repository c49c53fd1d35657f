package io.github.ciscosupport.client.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.ciscosupport.client.VirtualClock;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RateLimit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adaptive rate learns the simulator's hidden limit (Mashery's fixed one-second windows, 403
 * {@code ERR_403_DEVELOPER_OVER_QPS} with {@code Retry-After: 1}) over loopback HTTP, through the
 * rate-limit filter, with the limiter and the simulator on one virtual clock. Time only moves when
 * no request is on the wire, so every request is sent and answered at the same virtual instant.
 */
class AdaptiveRateAgainstSimulatorTests {

	private static final int CALLS = 80;

	private static final int HIDDEN_LIMIT = 8;

	private final VirtualClock clock = new VirtualClock();

	private final CiscoSupportSimulator simulator = CiscoSupportSimulator.builder().clock(new Clock() {

		@Override
		public Instant instant() {
			return Instant.EPOCH.plusNanos(AdaptiveRateAgainstSimulatorTests.this.clock.now(TimeUnit.NANOSECONDS));
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}).start();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition quiet = this.lock.newCondition();

	private int onTheWire;

	private int started;

	private int answered;

	private final List<Duration> sentAt = new CopyOnWriteArrayList<>();

	private final List<Duration> refusedAt = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		this.simulator.close();
	}

	@Test
	void learnsTheGatewaysLimitAndHonoursItsRetryAfter() throws InterruptedException {
		this.simulator.faults().rateLimit(Api.EOX, RateLimit.perSecond(HIDDEN_LIMIT));
		String token = SimulatorClients.of(this.simulator).authorization().accessToken().block().getTokenValue();
		RequestRateLimiter limiter = RequestRateLimiter.create(
				new RateLimitOptions(true, 5, 1, Map.of()).withAdaptive(RateLimitOptions.Adaptive.defaults()),
				this.clock);
		WebClient client = WebClient.builder()
			.baseUrl(this.simulator.baseUrl())
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.filter(limiter.filter(TransportEvents.NONE))
			.filter((request, next) -> {
				this.lock.lock();
				try {
					this.onTheWire++;
				}
				finally {
					this.lock.unlock();
				}
				this.sentAt.add(this.clock.elapsed());
				return next.exchange(request);
			})
			.build();
		List<String> serials = this.simulator.catalogue().serialNumbers();

		for (int i = 0; i < 4; i++) {
			next(client, serials);
		}
		while (answered() < CALLS) {
			awaitQuiet();
			this.clock.advance(Duration.ofMillis(5));
		}

		double seconds = this.sentAt.get(this.sentAt.size() - 1).toNanos() / 1e9;
		// A fixed 5 per second would take 16 s; the gateway allows 10 s.
		assertThat(seconds).isLessThan(12.5);
		// Refusals while learning cost a pause of a second each (Retry-After: 1).
		assertThat(this.refusedAt).hasSizeLessThanOrEqualTo(4);
		assertThat(limiter.currentRates().get(RequestRateLimiter.DEFAULT_LANE)).isBetween(0.7 * HIDDEN_LIMIT,
				1.2 * HIDDEN_LIMIT);
		// Every refusal paused every call for the second its Retry-After asked.
		for (Duration refused : this.refusedAt) {
			assertThat(this.sentAt).noneMatch((sent) -> sent.compareTo(refused) > 0
					&& sent.compareTo(refused.plusSeconds(1)) < 0);
		}
		assertThat(this.simulator.requests().calls(Api.EOX)).hasSize(CALLS + this.refusedAt.size());
	}

	private void next(WebClient client, List<String> serials) {
		int call;
		this.lock.lock();
		try {
			if (this.started == CALLS) {
				return;
			}
			call = this.started++;
		}
		finally {
			this.lock.unlock();
		}
		attempt(client, serials, call);
	}

	private void attempt(WebClient client, List<String> serials, int call) {
		client.get()
			.uri("/supporttools/eox/rest/5/EOXBySerialNumber/1/{serial}", serials.get(call % serials.size()))
			.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value()))
			.subscribe((status) -> {
				// The rate-limit filter has reported the reply to the limiter before this runs.
				if (status == 403) {
					this.refusedAt.add(this.clock.elapsed());
					attempt(client, serials, call);
				}
				else {
					assertThat(status).isEqualTo(200);
					this.lock.lock();
					try {
						this.answered++;
					}
					finally {
						this.lock.unlock();
					}
					next(client, serials);
				}
				this.lock.lock();
				try {
					this.onTheWire--;
					this.quiet.signalAll();
				}
				finally {
					this.lock.unlock();
				}
			});
	}

	private int answered() {
		this.lock.lock();
		try {
			return this.answered;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Waits (in real time, for loopback I/O) until no request is on the wire. */
	private void awaitQuiet() throws InterruptedException {
		this.lock.lock();
		try {
			while (this.onTheWire > 0) {
				assertThat(this.quiet.await(10, TimeUnit.SECONDS)).as("replies within 10 s").isTrue();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

}
