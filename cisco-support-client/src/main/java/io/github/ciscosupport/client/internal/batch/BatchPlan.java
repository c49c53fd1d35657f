package io.github.ciscosupport.client.internal.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.ciscosupport.client.ItemError;

/**
 * How the inputs of one lookup are sent: the inputs refused client-side, and the distinct
 * remaining inputs split into batches in order of first occurrence. Because batches follow the
 * order of first occurrence, the results of every position before the first input of batch
 * {@code k + 1} are known once batches {@code 0..k} are answered; {@link #releasedAfter(int)}
 * tells how far that is, which lets results stream out in input order.
 */
final class BatchPlan {

	private final List<String> inputs;

	private final int batchSize;

	private final InputRule rule;

	private final Map<String, ItemError> refused = new HashMap<>();

	private final List<List<String>> batches = new ArrayList<>();

	private final List<Integer> batchStarts = new ArrayList<>();

	private BatchPlan(List<String> inputs, int batchSize, InputRule rule, Set<String> answered) {
		this.inputs = inputs;
		this.batchSize = batchSize;
		this.rule = rule;
		Set<String> seen = new HashSet<>(answered);
		List<String> batch = List.of();
		for (int position = 0; position < inputs.size(); position++) {
			String input = inputs.get(position);
			if (!seen.add(input)) {
				continue;
			}
			String problem = rule.problemWith(input);
			if (problem != null) {
				this.refused.put(input, ItemError.invalidInput("Not sent: the input " + problem));
				continue;
			}
			if (batch.size() == batchSize || this.batches.isEmpty()) {
				batch = new ArrayList<>(batchSize);
				this.batches.add(batch);
				this.batchStarts.add(position);
			}
			batch.add(input);
		}
	}

	/**
	 * Plans a lookup.
	 * @param inputs the inputs as given
	 * @param batchSize the API's ceiling of inputs per request
	 * @param rule the client-side rule an input must pass to be sent
	 * @return the plan
	 * @throws IllegalArgumentException if an input is null or blank, naming every such position
	 */
	static BatchPlan of(List<String> inputs, int batchSize, InputRule rule) {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
		}
		List<Integer> blank = IntStream.range(0, inputs.size())
			.filter((position) -> inputs.get(position) == null || inputs.get(position).isBlank())
			.boxed()
			.toList();
		if (!blank.isEmpty()) {
			throw new IllegalArgumentException("Inputs must not be null or blank; found at position(s) "
					+ blank.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " of " + inputs.size());
		}
		return new BatchPlan(List.copyOf(inputs), batchSize, rule, Set.of());
	}

	/**
	 * This plan without sending the given inputs, which are answered already (from a cache).
	 * @param answered inputs not to send
	 * @return the new plan, or this one if there are none
	 */
	BatchPlan without(Set<String> answered) {
		return answered.isEmpty() ? this : new BatchPlan(this.inputs, this.batchSize, this.rule, answered);
	}

	/** The distinct inputs that pass the rule, as they would be sent, in batch order. */
	List<String> sendable() {
		return this.batches.stream().flatMap(List::stream).toList();
	}

	List<String> inputs() {
		return this.inputs;
	}

	Map<String, ItemError> refused() {
		return this.refused;
	}

	List<List<String>> batches() {
		return this.batches;
	}

	/**
	 * The number of leading positions whose results are all known once batches
	 * {@code 0..batchIndex} are answered.
	 * @param batchIndex a batch index
	 * @return the exclusive end of the positions that can be released
	 */
	int releasedAfter(int batchIndex) {
		return (batchIndex + 1 < this.batchStarts.size()) ? this.batchStarts.get(batchIndex + 1) : this.inputs.size();
	}

}
