package io.github.ciscosupport.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.ciscosupport.bench.Load.Run;
import io.github.ciscosupport.bench.Load.Sample;
import io.github.ciscosupport.client.transport.RateLimitOptions;
import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Item 1: the cost of our filters per call. The full stack (rate limit off) and a plain
 * {@code WebClient} with a fixed {@code Authorization} header call the same stub in alternation,
 * so drift of the machine hits both alike; each repetition yields one ratio.
 */
final class OverheadBench {

	private static final int WARM_UP_ROUNDS = 1;

	private static final int ROUNDS = 7;

	private final StubServer stub;

	OverheadBench(StubServer stub) {
		this.stub = stub;
	}

	List<Row> run() {
		this.stub.tokenLatency(Duration.ZERO);
		this.stub.tokenLifetimeSeconds(3600);
		WebClient ours = Clients
			.cisco(this.stub.baseUrl(), this.stub.tokenUri("overhead"), Duration.ofSeconds(60), RateLimitOptions.disabled())
			.webClient();
		WebClient plain = Clients.plain(this.stub.baseUrl());
		List<Row> rows = new ArrayList<>();
		// Slices of a few hundred milliseconds each: short enough to alternate often.
		rows.addAll(compare("1-serial response", EoxCalls::oneSerial, ours, plain, 1, new Slices(10, 60)));
		rows.addAll(compare("1-serial response", EoxCalls::oneSerial, ours, plain, 64, new Slices(10, 200)));
		rows.addAll(compare("1000-record page, 1.1 MB", EoxCalls::fullPage, ours, plain, 1, new Slices(10, 4)));
		rows.addAll(compare("1000-record page, 1.1 MB", EoxCalls::fullPage, ours, plain, 64, new Slices(4, 64)));
		return rows;
	}

	/**
	 * Each round alternates short slices of ours and plain, so that a burst of load from another
	 * process on the shared machine hits both clients of the round; each round gives one ratio.
	 */
	private List<Row> compare(String payload, Function<WebClient, Mono<?>> call, WebClient ours, WebClient plain,
			int callers, Slices slices) {
		Supplier<Mono<?>> oursCall = () -> call.apply(ours);
		Supplier<Mono<?>> plainCall = () -> call.apply(plain);
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			round(oursCall, plainCall, callers, slices);
		}
		List<Double> throughput = new ArrayList<>();
		List<Double> p50 = new ArrayList<>();
		List<Double> p99 = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			Sample[] samples = round(oursCall, plainCall, callers, slices);
			throughput.add(samples[0].throughput() / samples[1].throughput());
			p50.add(samples[0].p50() / samples[1].p50());
			p99.add(samples[0].p99() / samples[1].p99());
		}
		String setting = payload + ", " + callers + (callers == 1 ? " caller" : " callers");
		Summary throughputRatio = Summary.of(throughput);
		return List.of(
				new Row("1", "Throughput ours ÷ plain WebClient (" + setting + ")", throughputRatio.format(2), "≥ 0.90",
						Row.met(throughputRatio.median() >= 0.90)),
				new Row("1", "p50 latency ours ÷ plain (" + setting + ")", Summary.of(p50).format(2), "report", ""),
				new Row("1", "p99 latency ours ÷ plain (" + setting + ")", Summary.of(p99).format(2), "report", ""));
	}

	/** Ours and plain, slice by slice, the first of each pair alternating. */
	private static Sample[] round(Supplier<Mono<?>> ours, Supplier<Mono<?>> plain, int callers, Slices slices) {
		List<Run> oursRuns = new ArrayList<>();
		List<Run> plainRuns = new ArrayList<>();
		int callsPerSlice = slices.calls();
		for (int slice = 0; slice < slices.count(); slice++) {
			if (slice % 2 == 0) {
				oursRuns.add(Load.run(ours, callsPerSlice, callers));
				plainRuns.add(Load.run(plain, callsPerSlice, callers));
			}
			else {
				plainRuns.add(Load.run(plain, callsPerSlice, callers));
				oursRuns.add(Load.run(ours, callsPerSlice, callers));
			}
		}
		return new Sample[] { Sample.of(oursRuns), Sample.of(plainRuns) };
	}

	/** How a round is cut: {@code count} slices of {@code calls} calls per client. */
	private record Slices(int count, int calls) {

	}

}
