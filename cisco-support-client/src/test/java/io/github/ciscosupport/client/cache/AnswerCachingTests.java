package io.github.ciscosupport.client.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.MutableClock;
import io.github.ciscosupport.client.coverage.CoverageSummary;
import io.github.ciscosupport.client.eox.EoxRecord;
import io.github.ciscosupport.client.simulator.SimulatorClients;
import io.github.ciscosupport.client.transport.RetryOptions;
import io.github.ciscosupport.test.junit.CiscoSupportSimulatorTest;
import io.github.ciscosupport.test.simulator.Api;
import io.github.ciscosupport.test.simulator.ApiFault;
import io.github.ciscosupport.test.simulator.CiscoSupportSimulator;
import io.github.ciscosupport.test.simulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cached answers, over real HTTP against the simulator, counting what reaches it with its request
 * journal: a repeated lookup sends only the inputs not cached, answers stay one per input in input
 * order, expiry follows the client's clock, and only values and NOT_FOUND answers are kept.
 */
@CiscoSupportSimulatorTest
class AnswerCachingTests {

	private final CiscoSupportSimulator sim;

	private final MapAnswerCache store = new MapAnswerCache();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private final AtomicInteger hits = new AtomicInteger();

	private final AtomicInteger misses = new AtomicInteger();

	AnswerCachingTests(CiscoSupportSimulator sim) {
		this.sim = sim;
	}

	private CiscoSupportClient client(Map<String, Duration> timeToLive) {
		return SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.clock(this.clock)
			.answerCaching(new AnswerCaching(this.store, timeToLive))
			.lookupListener(new LookupListener() {

				@Override
				public void cacheHits(String api, int count) {
					AnswerCachingTests.this.hits.addAndGet(count);
				}

				@Override
				public void cacheMisses(String api, int count) {
					AnswerCachingTests.this.misses.addAndGet(count);
				}

			})
			.build();
	}

	@Test
	void repeatedLookupOfAThousandSerialNumbersMakesNoCall() {
		CiscoSupportClient cisco = client(AnswerCaching.DEFAULT_TIME_TO_LIVE);
		List<String> serials = this.sim.catalogue().serialNumbers().subList(0, 1000);
		List<ItemResult<String, List<EoxRecord>>> first = cisco.eox().bySerialNumbers(serials).collectList().block();
		assertThat(this.sim.requests().apiCalls(Api.EOX)).isEqualTo(50);
		this.sim.requests().clear();

		List<ItemResult<String, List<EoxRecord>>> second = cisco.eox().bySerialNumbers(serials).collectList().block();

		assertThat(this.sim.requests().apiCalls(Api.EOX)).isZero();
		assertThat(second).isEqualTo(first);
		assertThat(this.hits).hasValue(1000);
		assertThat(this.misses).hasValue(1000);
	}

	@Test
	void onlyTheInputsNotCachedGoToCiscoAndResultsComeBackInInputOrder() {
		CiscoSupportClient cisco = client(AnswerCaching.DEFAULT_TIME_TO_LIVE);
		List<String> serials = new ArrayList<>(this.sim.catalogue().serialNumbers().subList(0, 20));
		cisco.eox().bySerialNumbers(serials.subList(0, 15)).blockLast();
		this.sim.requests().clear();
		Collections.shuffle(serials, new Random(7));
		List<String> withDuplicate = new ArrayList<>(serials);
		withDuplicate.add(serials.get(3));

		List<ItemResult<String, List<EoxRecord>>> results = cisco.eox()
			.bySerialNumbers(withDuplicate)
			.collectList()
			.block();

		assertThat(this.sim.requests().inputsPerCall(Api.EOX)).hasSize(1);
		assertThat(this.sim.requests().inputsPerCall(Api.EOX).get(0))
			.containsExactlyInAnyOrderElementsOf(this.sim.catalogue().serialNumbers().subList(15, 20));
		assertThat(results).extracting(ItemResult::input).containsExactlyElementsOf(withDuplicate);
		assertThat(results).isEqualTo(SimulatorClients.of(this.sim).eox().bySerialNumbers(withDuplicate).collectList().block());
	}

	@Test
	void answersExpireByTheClientsClock() {
		CiscoSupportClient cisco = client(Map.of("eox", Duration.ofHours(1)));
		List<String> serials = this.sim.catalogue().serialNumbers().subList(0, 5);
		cisco.eox().bySerialNumbers(serials).blockLast();
		this.sim.requests().clear();

		this.clock.advance(Duration.ofMinutes(59));
		cisco.eox().bySerialNumbers(serials).blockLast();
		assertThat(this.sim.requests().apiCalls(Api.EOX)).isZero();

		this.clock.advance(Duration.ofMinutes(2));
		cisco.eox().bySerialNumbers(serials).blockLast();
		assertThat(this.sim.requests().inputsPerCall(Api.EOX)).containsExactly(serials);
	}

	@Test
	void notFoundIsCachedAndOtherPerItemErrorsAreNot() {
		CiscoSupportClient cisco = client(AnswerCaching.DEFAULT_TIME_TO_LIVE);
		String unknown = "NOSUCHSERIAL1";
		List<ItemResult<String, List<EoxRecord>>> first = cisco.eox().bySerialNumbers(List.of(unknown)).collectList().block();
		assertThat(first.get(0).error().kind()).isEqualTo(ItemError.Kind.NOT_FOUND);
		List<String> serials = this.sim.catalogue().serialNumbers().subList(0, 3);
		this.sim.faults().failNextApiCalls(Api.EOX, 1, ApiFault.SERVICE_UNAVAILABLE);
		List<ItemResult<String, List<EoxRecord>>> unavailable = cisco.eox().bySerialNumbers(serials).collectList().block();
		assertThat(unavailable).allMatch((result) -> result.error().kind() == ItemError.Kind.UNAVAILABLE);
		this.sim.requests().clear();

		List<String> both = new ArrayList<>(serials);
		both.add(unknown);
		List<ItemResult<String, List<EoxRecord>>> again = cisco.eox().bySerialNumbers(both).collectList().block();

		assertThat(this.sim.requests().inputsPerCall(Api.EOX)).containsExactly(serials);
		assertThat(again.subList(0, 3)).noneMatch((result) -> result.error() != null
				&& result.error().kind() == ItemError.Kind.UNAVAILABLE);
		assertThat(again.get(3)).isEqualTo(first.get(0));
	}

	@Test
	void operationsDoNotShareAnswers() {
		CiscoSupportClient cisco = client(AnswerCaching.DEFAULT_TIME_TO_LIVE);
		List<String> serials = this.sim.catalogue().coveredSerialNumbers().subList(0, 3);
		List<ItemResult<String, CoverageSummary>> summaries = cisco.coverage()
			.summaryBySerialNumbers(serials)
			.collectList()
			.block();
		cisco.coverage().orderableProductsBySerialNumbers(serials).blockLast();
		assertThat(this.sim.requests().apiCalls(Api.SN2INFO)).isEqualTo(2);
		this.sim.requests().clear();

		assertThat(cisco.coverage().summaryBySerialNumbers(serials).collectList().block()).isEqualTo(summaries);
		cisco.coverage().orderableProductsBySerialNumbers(serials).blockLast();
		assertThat(this.sim.requests().apiCalls(Api.SN2INFO)).isZero();
		assertThat(this.store.keys()).hasSize(6);
	}

	@Test
	void everyCachedOperationReadsItsAnswerBackEqual() {
		CiscoSupportClient cisco = client(AnswerCaching.DEFAULT_TIME_TO_LIVE);
		String serial = this.sim.catalogue().coveredSerialNumbers().get(0);
		List<String> productIds = this.sim.catalogue().productIds().subList(0, 5);
		String advisoryId = this.sim.catalogue().advisories().get(0).advisoryId();
		List<List<?>> first = answers(cisco, serial, productIds, advisoryId);
		assertThat(this.sim.requests().apiCalls()).isGreaterThanOrEqualTo(first.size());
		this.sim.requests().clear();

		List<List<?>> second = answers(cisco, serial, productIds, advisoryId);

		// Asked again: only the inputs whose answer was an error other than NOT_FOUND (here Software
		// Suggestion's refusal of spare and refurbished PIDs).
		List<String> notCached = first.stream()
			.flatMap(List::stream)
			.map((result) -> (ItemResult<?, ?>) result)
			.filter((result) -> result.error() != null && result.error().kind() != ItemError.Kind.NOT_FOUND)
			.map((result) -> (String) result.input())
			.toList();
		assertThat(this.sim.requests().apiRequests()).flatMap(RecordedRequest::inputs)
			.isSubsetOf(notCached);
		assertThat(second).isEqualTo(first);
	}

	private static List<List<?>> answers(CiscoSupportClient cisco, String serial, List<String> productIds,
			String advisoryId) {
		return List.of(cisco.coverage().statusBySerialNumbers(List.of(serial)).collectList().block(),
				cisco.coverage().orderableProductsBySerialNumbers(List.of(serial)).collectList().block(),
				cisco.productInfo().bySerialNumbers(List.of(serial)).collectList().block(),
				cisco.productInfo().byProductIds(productIds).collectList().block(),
				cisco.eox().byProductIds(productIds).collectList().block(),
				cisco.softwareSuggestions().releasesByProductIds(productIds).collectList().block(),
				List.of(cisco.securityAdvisories().byAdvisoryId(advisoryId).block()));
	}

	@Test
	void anApiWithoutTimeToLiveIsNotCached() {
		CiscoSupportClient cisco = client(Map.of("coverage", Duration.ofDays(1)));
		List<String> serials = this.sim.catalogue().serialNumbers().subList(0, 3);
		cisco.eox().bySerialNumbers(serials).blockLast();
		cisco.eox().bySerialNumbers(serials).blockLast();

		assertThat(this.sim.requests().apiCalls(Api.EOX)).isEqualTo(2);
		assertThat(this.store.keys()).isEmpty();
	}

	@Test
	void aFailingStoreCountsAsAMissAndLosesNothing() {
		CiscoSupportClient cisco = SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.answerCaching(AnswerCaching.of(new AnswerCache() {

				@Override
				public @Nullable String get(String api, String key) {
					throw new IllegalStateException("store down");
				}

				@Override
				public void put(String api, String key, String answer, Duration timeToLive) {
					throw new IllegalStateException("store down");
				}

			}))
			.build();
		List<String> serials = this.sim.catalogue().serialNumbers().subList(0, 3);

		assertThat(cisco.eox().bySerialNumbers(serials).collectList().block())
			.isEqualTo(SimulatorClients.of(this.sim).eox().bySerialNumbers(serials).collectList().block());
	}

	@Test
	void aStoreThatFailedIsLeftAloneForFiveSecondsAndLoggedOnce() {
		AtomicInteger gets = new AtomicInteger();
		AtomicInteger puts = new AtomicInteger();
		AtomicBoolean down = new AtomicBoolean(true);
		AnswerCache flaky = new AnswerCache() {

			@Override
			public @Nullable String get(String api, String key) {
				gets.incrementAndGet();
				if (down.get()) {
					throw new IllegalStateException("Redis command timed out");
				}
				return AnswerCachingTests.this.store.get(api, key);
			}

			@Override
			public void put(String api, String key, String answer, Duration timeToLive) {
				puts.incrementAndGet();
				if (down.get()) {
					throw new IllegalStateException("Redis command timed out");
				}
				AnswerCachingTests.this.store.put(api, key, answer, timeToLive);
			}

		};
		CiscoSupportClient cisco = SimulatorClients.builder(this.sim)
			.retry(RetryOptions.disabled())
			.clock(this.clock)
			.answerCaching(AnswerCaching.of(flaky))
			.build();
		List<String> serials = this.sim.catalogue().serialNumbers().subList(0, 40);
		var expected = SimulatorClients.of(this.sim).eox().bySerialNumbers(serials).collectList().block();
		long cacheable = expected.stream()
			.filter((result) -> result.isSuccess() || result.error().kind() == ItemError.Kind.NOT_FOUND)
			.count();
		int calls = this.sim.requests().apiCalls(Api.EOX);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		Logger logger = (Logger) LoggerFactory.getLogger("io.github.ciscosupport.client.internal.batch.AnswerStore");
		log.start();
		logger.addAppender(log);
		try {
			// 40 serials, 2 calls: the first read fails, the other 39 inputs and every write skip the store.
			assertThat(cisco.eox().bySerialNumbers(serials).collectList().block()).isEqualTo(expected);
			assertThat(gets).hasValue(1);
			assertThat(puts).hasValue(0);
			assertThat(this.sim.requests().apiCalls(Api.EOX)).isEqualTo(calls + 2);
			assertThat(log.list).filteredOn((event) -> event.getLevel() == Level.WARN)
				.singleElement()
				.satisfies((event) -> assertThat(event.getFormattedMessage())
					.startsWith("The answer cache of eox is unavailable (java.lang.IllegalStateException: "
							+ "Redis command timed out); lookups ask Cisco and cache nothing until it answers "
							+ "again, asking it again every 5 s"));

			// Five seconds later it is asked again; back, it is read and written as before.
			down.set(false);
			this.clock.advance(Duration.ofSeconds(5));
			assertThat(cisco.eox().bySerialNumbers(serials).collectList().block()).isEqualTo(expected);
			assertThat(gets).hasValue(41);
			assertThat(puts).hasValue((int) cacheable);
			assertThat(cisco.eox().bySerialNumbers(serials).collectList().block()).isEqualTo(expected);
			assertThat(gets).hasValue(81);
			assertThat(log.list).filteredOn((event) -> event.getLevel() == Level.WARN).hasSize(1);
		}
		finally {
			logger.detachAppender(log);
		}
	}

	/** A store in a map, as a cache manager without expiry would keep it. */
	static final class MapAnswerCache implements AnswerCache {

		private final Map<String, String> answers = new ConcurrentHashMap<>();

		@Override
		public @Nullable String get(String api, String key) {
			return this.answers.get(api + "/" + key);
		}

		@Override
		public void put(String api, String key, String answer, Duration timeToLive) {
			this.answers.put(api + "/" + key, answer);
		}

		List<String> keys() {
			return List.copyOf(this.answers.keySet());
		}

	}

}
