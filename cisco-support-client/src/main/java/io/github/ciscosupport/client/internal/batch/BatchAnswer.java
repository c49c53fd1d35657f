package io.github.ciscosupport.client.internal.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;

/**
 * What Cisco answered for the inputs of one batch, collected while its response pages are
 * read. Cisco names inputs in its own way (upper case, trailing spaces, as in
 * {@code "WS-C3850-48XS-E "}), so a name matches an input ignoring case and surrounding
 * whitespace. An input that got neither a value, nor an error of its own, nor a batch-level
 * error is answered {@link ItemError.Kind#NOT_FOUND NOT_FOUND}: no input is ever lost.
 *
 * @param <T> the value type
 */
public final class BatchAnswer<T> {

	private final List<String> inputs;

	private final Map<String, List<String>> inputsByName = new HashMap<>();

	private final Map<String, T> values = new HashMap<>();

	private final Map<String, ItemError> errors = new HashMap<>();

	private @Nullable ItemError batchError;

	/**
	 * Starts the answer for one batch.
	 * @param inputs the distinct inputs sent in the batch
	 */
	public BatchAnswer(List<String> inputs) {
		this.inputs = List.copyOf(inputs);
		for (String input : this.inputs) {
			this.inputsByName.computeIfAbsent(normalize(input), (key) -> new ArrayList<>()).add(input);
		}
	}

	/**
	 * The inputs of this batch that a name in Cisco's response stands for.
	 * @param name an input as Cisco echoes it
	 * @return the matching inputs, usually one, empty if the name matches none
	 */
	public List<String> inputsNamedBy(@Nullable String name) {
		return (name != null) ? this.inputsByName.getOrDefault(normalize(name), List.of()) : List.of();
	}

	/**
	 * Records the value for the inputs a name stands for; the first value recorded for an input
	 * wins.
	 * @param name an input as Cisco echoes it
	 * @param value its value
	 * @return whether the name matched an input
	 */
	public boolean value(@Nullable String name, T value) {
		List<String> named = inputsNamedBy(name);
		named.forEach((input) -> this.values.putIfAbsent(input, value));
		return !named.isEmpty();
	}

	/**
	 * Records an error for the inputs a name stands for; the first error recorded for an input
	 * wins, and a value recorded for it, before or after, wins over any error.
	 * @param name an input as Cisco echoes it
	 * @param error the error
	 * @return whether the name matched an input
	 */
	public boolean error(@Nullable String name, ItemError error) {
		List<String> named = inputsNamedBy(name);
		named.forEach((input) -> this.errors.putIfAbsent(input, error));
		return !named.isEmpty();
	}

	/**
	 * Records an error that names no input, for every input of the batch that has no value
	 * and no error of its own. The first batch-level error wins.
	 * @param error the error
	 */
	public void batchError(ItemError error) {
		if (this.batchError == null) {
			this.batchError = error;
		}
	}

	/**
	 * The distinct inputs of this batch, in the order they were sent.
	 * @return the inputs
	 */
	public List<String> inputs() {
		return this.inputs;
	}

	/**
	 * The result for every input of the batch.
	 * @return results by input, in the order the inputs were sent
	 */
	public Map<String, ItemResult<String, T>> results() {
		Map<String, ItemResult<String, T>> results = new LinkedHashMap<>();
		for (String input : this.inputs) {
			results.put(input, resultFor(input));
		}
		return results;
	}

	private ItemResult<String, T> resultFor(String input) {
		T value = this.values.get(input);
		if (value != null) {
			return ItemResult.success(input, value);
		}
		ItemError error = this.errors.get(input);
		if (error == null) {
			error = (this.batchError != null) ? this.batchError
					: new ItemError(ItemError.Kind.NOT_FOUND, null, "Cisco returned no data for this input");
		}
		return ItemResult.failure(input, error);
	}

	private static String normalize(String name) {
		return name.trim().toUpperCase(Locale.ROOT);
	}

}
