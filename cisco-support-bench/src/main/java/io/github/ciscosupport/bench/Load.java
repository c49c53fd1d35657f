package io.github.ciscosupport.bench;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Drives calls from a number of concurrent callers and measures throughput and latency. */
final class Load {

	private Load() {
	}

	/** Makes {@code calls} calls, at most {@code callers} at a time. */
	static Run run(Supplier<Mono<?>> call, int calls, int callers) {
		long[] latencies = new long[calls];
		long startedAt = System.nanoTime();
		Flux.range(0, calls).flatMap((index) -> Mono.defer(() -> {
			long callStartedAt = System.nanoTime();
			return call.get().doOnSuccess((ignored) -> latencies[index] = System.nanoTime() - callStartedAt);
		}), callers).then().block();
		return new Run(System.nanoTime() - startedAt, latencies);
	}

	/** Keeps {@code callers} callers calling until the time is up. */
	static Mono<Void> until(Supplier<Mono<?>> call, int callers, long deadlineNanos) {
		return Flux.range(0, callers)
			.flatMap((caller) -> Mono.defer(call).repeat(() -> System.nanoTime() < deadlineNanos), callers)
			.then();
	}

	/** How long a run took and the latency of each of its calls, in nanoseconds. */
	record Run(long elapsedNanos, long[] latencies) {

	}

	/** Throughput (calls per second) and latency percentiles (nanoseconds) of runs taken together. */
	record Sample(double throughput, double p50, double p99) {

		static Sample of(List<Run> runs) {
			long elapsed = runs.stream().mapToLong(Run::elapsedNanos).sum();
			long[] latencies = runs.stream().flatMapToLong((run) -> LongStream.of(run.latencies())).toArray();
			return new Sample(latencies.length / (elapsed / 1e9), Summary.percentile(latencies, 0.5),
					Summary.percentile(latencies, 0.99));
		}

	}

}
