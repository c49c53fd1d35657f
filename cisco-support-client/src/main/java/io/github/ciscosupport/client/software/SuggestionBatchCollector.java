package io.github.ciscosupport.client.software;

import java.util.List;
import java.util.function.Function;

import io.github.ciscosupport.client.internal.batch.BatchAnswer;
import io.github.ciscosupport.client.internal.batch.GroupedAnswer;
import io.github.ciscosupport.client.internal.batch.CiscoErrorCodes;
import io.github.ciscosupport.client.software.SoftwareSuggestion.SuggestedProduct;
import org.jspecify.annotations.Nullable;

/**
 * Collects the pages of one Software Suggestion batch: the {@code productList} items of an input
 * (one per software type, and one per product for an MDF ID that covers several) become its
 * list; an item whose suggestion is an {@code errorDetailsResponse} is the error of the input it
 * names, unless another item answered that input; a top-level error names its input or, naming
 * none, is the error of the whole batch.
 */
final class SuggestionBatchCollector {

	private static final int HTTP_OK = 200;

	private final GroupedAnswer<SoftwareSuggestion> answer;

	private final Function<SuggestedProduct, @Nullable String> inputOf;

	SuggestionBatchCollector(List<String> batch, Function<SuggestedProduct, @Nullable String> inputOf) {
		this.answer = new GroupedAnswer<>(batch);
		this.inputOf = inputOf;
	}

	SuggestionBatchCollector add(SuggestionResponse page) {
		if (page.errorDetails() != null) {
			addError(page.errorDetails(), null);
		}
		for (SoftwareSuggestion item : page.items()) {
			ErrorDetails error = item.error();
			if (error != null) {
				addError(error, inputOf(item));
			}
			else {
				addItem(item);
			}
		}
		return this;
	}

	BatchAnswer<List<SoftwareSuggestion>> answer() {
		return this.answer.answer();
	}

	private void addItem(SoftwareSuggestion item) {
		this.answer.item(this.answer.inputsNamedBy(inputOf(item)), item);
	}

	private void addError(ErrorDetails error, @Nullable String itemInput) {
		CiscoErrorCodes.rejectAccessDenied(HTTP_OK, error.errorCode(), error.errorDescription());
		List<String> inputs = this.answer.inputsNamedBy(error.inputIdentifier());
		if (inputs.isEmpty()) {
			inputs = this.answer.inputsNamedBy(itemInput);
		}
		this.answer.error(inputs, error.toItemError());
	}

	private @Nullable String inputOf(SoftwareSuggestion item) {
		return (item.product() != null) ? this.inputOf.apply(item.product()) : null;
	}

}
