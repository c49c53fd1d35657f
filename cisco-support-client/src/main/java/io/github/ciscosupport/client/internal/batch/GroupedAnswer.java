package io.github.ciscosupport.client.internal.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.ItemError;

/**
 * A {@link BatchAnswer} whose value for an input is the list of every item that names it, for
 * APIs that answer one input with several items (EoX records, software suggestions). The
 * collector of each API decides which inputs an item or an error names; this class keeps the
 * grouping and the rule shared by them: an error naming no input is the error of the batch.
 *
 * @param <I> the item type
 */
public final class GroupedAnswer<I> {

	private final BatchAnswer<List<I>> answer;

	private final Map<String, List<I>> itemsByInput = new LinkedHashMap<>();

	public GroupedAnswer(List<String> batch) {
		this.answer = new BatchAnswer<>(batch);
	}

	/** The batch's inputs, as {@link BatchAnswer#inputs()}. */
	public List<String> inputs() {
		return this.answer.inputs();
	}

	/** The inputs a name echoed by Cisco stands for, as {@link BatchAnswer#inputsNamedBy}. */
	public List<String> inputsNamedBy(@Nullable String name) {
		return this.answer.inputsNamedBy(name);
	}

	/**
	 * Adds an item to each of the given inputs; with no input named, to the batch's only input if
	 * it has just one (Cisco does not always echo a single input).
	 * @return whether the item went to some input
	 */
	public boolean item(List<String> inputs, I item) {
		List<String> targets = (inputs.isEmpty() && inputs().size() == 1) ? inputs() : inputs;
		targets.forEach((input) -> this.itemsByInput.computeIfAbsent(input, (key) -> new ArrayList<>()).add(item));
		return !targets.isEmpty();
	}

	/** Answers the given inputs with an error, or the whole batch when none is named. */
	public void error(List<String> inputs, ItemError error) {
		if (inputs.isEmpty()) {
			this.answer.batchError(error);
		}
		inputs.forEach((input) -> this.answer.error(input, error));
	}

	/** The answer, with each input's items as an unmodifiable list. */
	public BatchAnswer<List<I>> answer() {
		this.itemsByInput.forEach((input, items) -> this.answer.value(input, List.copyOf(items)));
		return this.answer;
	}

}
