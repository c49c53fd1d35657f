package io.github.ciscosupport.client.internal.transport;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

import io.github.ciscosupport.client.MutableClock;
import io.github.ciscosupport.client.QuotaExceededException;
import io.github.ciscosupport.client.transport.QuotaExhaustion;
import io.github.ciscosupport.client.transport.QuotaState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A shared quota state that fails or does not answer: the call goes on with this process's state,
 * and the shared one is left alone for the retry interval, so that an outage costs one failure
 * (or one wait of a second) per interval rather than one per call, and one WARN line.
 */
class QuotaGuardSharedStateTests {

	private static final ClientRequest REQUEST = ClientRequest
		.create(HttpMethod.GET, URI.create("https://apix.cisco.com/supporttools/eox/rest/5/EOXBySerialNumber/1/X"))
		.build();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final FlakyState shared = new FlakyState();

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final Logger logger = (Logger) LoggerFactory.getLogger(QuotaGuard.class);

	private Level level;

	@BeforeEach
	void captureLog() {
		this.level = this.logger.getLevel();
		this.logger.setLevel(Level.INFO);
		this.log.start();
		this.logger.addAppender(this.log);
	}

	@AfterEach
	void releaseLog() {
		this.logger.detachAppender(this.log);
		this.logger.setLevel(this.level);
	}

	@Test
	void aFailingStateIsAskedOncePerRetryIntervalAndLoggedOncePerOutage() {
		QuotaGuard guard = guard(null);
		this.shared.failing = true;
		for (int i = 0; i < 10; i++) {
			assertThat(guard.current().blockOptional()).isEmpty();
		}
		assertThat(this.shared.reads).hasValue(1);
		this.clock.advance(Duration.ofMillis(4_999));
		assertThat(guard.current().blockOptional()).isEmpty();
		assertThat(this.shared.reads).hasValue(1);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(guard.current().blockOptional()).isEmpty();
		assertThat(this.shared.reads).hasValue(2);
		assertThat(lines(Level.WARN)).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("The shared daily-quota state is unavailable (")
				.contains("Redis went away")
				.endsWith("this process's own quota state and request count stand in until it answers again, "
						+ "asking it again every 5 s"));

		// Back: asked on every call again, and said once.
		this.shared.failing = false;
		this.clock.advance(Duration.ofSeconds(5));
		for (int i = 0; i < 3; i++) {
			assertThat(guard.current().blockOptional()).isEmpty();
		}
		assertThat(this.shared.reads).hasValue(5);
		assertThat(lines(Level.INFO)).containsExactly("The shared daily-quota state is available again");
		assertThat(lines(Level.WARN)).hasSize(1);
	}

	@Test
	void anExhaustionTheSharedStateKnowsStillStopsCallsOnceItAnswersAgain() {
		QuotaGuard guard = guard(null);
		this.shared.failing = true;
		assertThat(guard.current().blockOptional()).isEmpty();
		this.shared.failing = false;
		this.shared.exhaustion = new QuotaExhaustion(this.clock.instant(), Instant.parse("2026-03-03T00:00:00Z"));
		// Within the interval this process does not know it yet.
		assertThat(guard.current().blockOptional()).isEmpty();
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(guard.current().block()).isEqualTo(this.shared.exhaustion);
	}

	@Test
	void aStateThatDoesNotAnswerHoldsOneCallForASecondAndNoneAfterIt() {
		QuotaGuard guard = guard(null);
		this.shared.hanging = true;
		StepVerifier.withVirtualTime(guard::current)
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(999))
			.thenAwait(Duration.ofMillis(1))
			.verifyComplete();
		// The next calls do not wait: the state is not asked.
		StepVerifier.withVirtualTime(guard::current).expectSubscription().verifyComplete();
		assertThat(this.shared.reads).hasValue(1);
		assertThat(lines(Level.WARN)).singleElement()
			.satisfies((line) -> assertThat(line).contains("TimeoutException"));
	}

	@Test
	void theDailyBudgetIsCountedInTheProcessWhileTheSharedStateIsDown() {
		QuotaGuard guard = guard(3);
		ExchangeFilterFunction budget = guard.dailyBudgetFilter();
		assertThat(budget).isNotNull();
		this.shared.failing = true;
		for (int i = 0; i < 3; i++) {
			assertThat(budget.filter(REQUEST, (request) -> Mono.just(ClientResponse.create(HttpStatus.OK).build()))
				.block()).isNotNull();
		}
		// One failed count, then the process's own count for the rest of the interval.
		assertThat(this.shared.counts).hasValue(1);
		assertThatExceptionOfType(QuotaExceededException.class)
			.isThrownBy(() -> budget
				.filter(REQUEST, (request) -> Mono.just(ClientResponse.create(HttpStatus.OK).build()))
				.block())
			.withMessageContaining("daily budget of 3 requests");
		assertThat(this.shared.counts).hasValue(1);
		assertThat(lines(Level.WARN)).hasSize(2)
			.anySatisfy((line) -> assertThat(line).startsWith("The shared daily-quota state is unavailable"))
			.anySatisfy((line) -> assertThat(line).startsWith("The application's daily budget of 3 requests"));
	}

	@Test
	void aZeroRetryIntervalAsksOnEveryCall() {
		QuotaGuard guard = new QuotaGuard(this.shared, this.clock, LocalTime.MIDNIGHT, ZoneOffset.UTC, null,
				Duration.ZERO);
		this.shared.failing = true;
		for (int i = 0; i < 3; i++) {
			assertThat(guard.current().blockOptional()).isEmpty();
		}
		assertThat(this.shared.reads).hasValue(3);
		assertThat(lines(Level.WARN)).hasSize(1);
	}

	private QuotaGuard guard(Integer dailyBudget) {
		return new QuotaGuard(this.shared, this.clock, LocalTime.MIDNIGHT, ZoneOffset.UTC, dailyBudget,
				Duration.ofSeconds(5));
	}

	private List<String> lines(Level level) {
		return this.log.list.stream()
			.filter((event) -> event.getLevel() == level)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	/** A shared state that can fail or stop answering, as a stopped or frozen Redis does. */
	private static final class FlakyState implements QuotaState {

		final AtomicInteger reads = new AtomicInteger();

		final AtomicInteger counts = new AtomicInteger();

		volatile boolean failing;

		volatile boolean hanging;

		volatile QuotaExhaustion exhaustion;

		@Override
		public Mono<QuotaExhaustion> current() {
			return Mono.defer(() -> {
				this.reads.incrementAndGet();
				return answer(Mono.justOrEmpty(this.exhaustion));
			});
		}

		@Override
		public Mono<Void> exhausted(QuotaExhaustion exhaustion) {
			return Mono.empty();
		}

		@Override
		public Mono<Long> countRequest(Instant quotaDayEnd) {
			return Mono.defer(() -> {
				this.counts.incrementAndGet();
				return answer(Mono.just(100L));
			});
		}

		private <T> Mono<T> answer(Mono<T> answer) {
			return this.hanging ? Mono.never()
					: this.failing ? Mono.error(new IllegalStateException("Redis went away")) : answer;
		}

	}

}
