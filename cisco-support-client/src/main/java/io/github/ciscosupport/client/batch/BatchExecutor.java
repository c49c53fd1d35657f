package io.github.ciscosupport.client.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a lookup of any number of inputs as batches: blank inputs are rejected before any call,
 * inputs breaking the API's {@link InputRule} are answered {@code INVALID_INPUT} without being
 * sent, duplicates are sent once, the distinct inputs are split at the API's ceiling, at most
 * {@link BatchOptions#maxConcurrentBatches()} batches are in flight, and the results stream out
 * one per input, in input order, as soon as they are known.
 * <p>
 * A batch that fails with an exception (access denied, quota exhausted, retries exhausted)
 * fails the returned {@code Flux}: errors that Cisco reports <em>about inputs</em> are results,
 * errors that stop the lookup are signals.
 */
public final class BatchExecutor {

	private final int maxConcurrentBatches;

	private final String api;

	private final LookupListener listener;

	/**
	 * @param options the batch options
	 * @param api the API's name for metrics, as its client package is named ({@code eox}, ...)
	 */
	public BatchExecutor(BatchOptions options, String api) {
		this.maxConcurrentBatches = options.maxConcurrentBatches();
		this.api = Objects.requireNonNull(api, "api");
		this.listener = options.listener();
	}

	/**
	 * Looks up every input.
	 * @param <T> the value type
	 * @param inputs the inputs, in the order results are wanted
	 * @param batchSize the API's ceiling of inputs per request
	 * @param rule the client-side rule an input must pass to be sent
	 * @param lookup sends one batch of distinct inputs (walking all its response pages) and
	 * collects what Cisco answered
	 * @return one result per input, in input order
	 * @throws IllegalArgumentException at once, before any call, if an input is null or blank
	 */
	public <T> Flux<ItemResult<String, T>> execute(List<String> inputs, int batchSize, InputRule rule,
			Function<List<String>, Mono<BatchAnswer<T>>> lookup) {
		Objects.requireNonNull(inputs, "inputs");
		BatchPlan plan = BatchPlan.of(inputs, batchSize, rule);
		return Flux.defer(() -> new Run<>(plan, lookup).results()).doOnNext(this::record);
	}

	private void record(ItemResult<String, ?> result) {
		this.listener.inputs(this.api, 1);
		ItemError error = result.error();
		if (error != null) {
			this.listener.inputErrors(this.api, (error.code() != null) ? error.code() : error.kind().name(), 1);
		}
	}

	/** The state of one subscription: answers so far and the next position to emit. */
	private final class Run<T> {

		private final BatchPlan plan;

		private final Function<List<String>, Mono<BatchAnswer<T>>> lookup;

		private final Map<String, ItemResult<String, T>> answered = new HashMap<>();

		private int nextPosition;

		Run(BatchPlan plan, Function<List<String>, Mono<BatchAnswer<T>>> lookup) {
			this.plan = plan;
			this.lookup = lookup;
			plan.refused().forEach((input, error) -> this.answered.put(input, ItemResult.failure(input, error)));
		}

		Flux<ItemResult<String, T>> results() {
			List<List<String>> batches = this.plan.batches();
			Flux<ItemResult<String, T>> answeredByBatches = Flux.range(0, batches.size())
				.flatMapSequential((index) -> this.lookup.apply(batches.get(index))
					.defaultIfEmpty(new BatchAnswer<>(batches.get(index)))
					.map((answer) -> new AnsweredBatch<>(index, answer)), BatchExecutor.this.maxConcurrentBatches)
				.concatMapIterable(this::release);
			// Covers lookups where every input was refused, so no batch ever releases anything.
			return answeredByBatches.concatWith(Flux.defer(() -> Flux.fromIterable(releaseUpTo(this.plan.inputs().size()))));
		}

		// Runs serially (downstream of flatMapSequential), so the plain map is safe.
		private List<ItemResult<String, T>> release(AnsweredBatch<T> batch) {
			this.answered.putAll(batch.answer().results());
			return releaseUpTo(this.plan.releasedAfter(batch.index()));
		}

		private List<ItemResult<String, T>> releaseUpTo(int end) {
			List<ItemResult<String, T>> released = new ArrayList<>(Math.max(0, end - this.nextPosition));
			for (; this.nextPosition < end; this.nextPosition++) {
				String input = this.plan.inputs().get(this.nextPosition);
				released.add(Objects.requireNonNull(this.answered.get(input), () -> "No answer for " + input));
			}
			return released;
		}

	}

	private record AnsweredBatch<T>(int index, BatchAnswer<T> answer) {
	}

}
