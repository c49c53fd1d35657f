package io.github.ciscosupport.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.CiscoSupportClient;
import io.github.ciscosupport.client.cache.AnswerCache;
import io.github.ciscosupport.client.cache.AnswerCaching;

/**
 * Item 8 (issue 15): a repeated lookup of 1,000 serial numbers through {@code EoxClient}, with
 * the answer cache on ({@code AnswerCache.inMemory()}, a map in the process, as a Caffeine {@code CacheManager} would hold them) and
 * off, at the default rate limit of 5 requests per second. Per round, each client looks the
 * serials up twice; the second lookup is measured: calls the stub received and wall time.
 */
final class CacheBench {

	private static final int SERIAL_NUMBERS = 1000;

	private static final int ROUNDS = Integer.getInteger("bench.cache.rounds", 3);

	private final StubServer stub;

	CacheBench(StubServer stub) {
		this.stub = stub;
	}

	List<Row> run() {
		this.stub.tokenLatency(Duration.ZERO);
		this.stub.tokenLifetimeSeconds(3600);
		this.stub.queriesPerSecond(0);
		List<String> serials = IntStream.range(0, SERIAL_NUMBERS).mapToObj((index) -> "FCH%07d".formatted(index))
			.toList();
		List<Integer> callsOff = new ArrayList<>();
		List<Integer> callsOn = new ArrayList<>();
		List<Double> secondsOff = new ArrayList<>();
		List<Double> secondsOn = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			Repeat off = repeat(client(null), serials);
			Repeat on = repeat(client(AnswerCache.inMemory()), serials);
			callsOff.add(off.calls());
			callsOn.add(on.calls());
			secondsOff.add(off.seconds());
			secondsOn.add(on.seconds());
		}
		String what = "repeated lookup of 1,000 serials (EoX, 5 req/s), ";
		return List.of(
				new Row("8", "Calls, " + what + "cache off (baseline)", Summary.of(callsOff).format(0), "report", ""),
				new Row("8", "Calls, " + what + "cache on", Summary.of(callsOn).format(0), "0",
						Row.met(Summary.of(callsOn).max() == 0)),
				new Row("8", "Wall time s, " + what + "cache off (baseline)", Summary.of(secondsOff).format(2), "report",
						""),
				new Row("8", "Wall time s, " + what + "cache on", Summary.of(secondsOn).format(3), "report", ""));
	}

	private CiscoSupportClient client(@Nullable AnswerCache cache) {
		CiscoSupportClient.Builder builder = Clients
			.builder(this.stub.baseUrl(), this.stub.tokenUri("cache"), Duration.ofSeconds(60))
			.rateLimit(Clients.rateLimit(5));
		if (cache != null) {
			builder.answerCaching(AnswerCaching.of(cache));
		}
		CiscoSupportClient cisco = builder.build();
		cisco.authorization().accessToken().block();
		return cisco;
	}

	/** Looks the serials up once, then again, measuring the second lookup. */
	private Repeat repeat(CiscoSupportClient cisco, List<String> serials) {
		check(cisco.eox().bySerialNumbers(serials).collectList().block());
		int before = this.stub.bySerialNumbersCalls();
		long startedAt = System.nanoTime();
		check(cisco.eox().bySerialNumbers(serials).collectList().block());
		double seconds = (System.nanoTime() - startedAt) / 1e9;
		return new Repeat(this.stub.bySerialNumbersCalls() - before, seconds);
	}

	private static void check(@Nullable List<?> results) {
		if (results == null || results.size() != SERIAL_NUMBERS) {
			throw new IllegalStateException("Not every serial was answered: " + results);
		}
	}

	private record Repeat(int calls, double seconds) {
	}

}
