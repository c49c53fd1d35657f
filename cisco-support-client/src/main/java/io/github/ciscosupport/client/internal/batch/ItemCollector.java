package io.github.ciscosupport.client.internal.batch;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

import io.github.ciscosupport.client.internal.paging.PageWalker;
import io.github.ciscosupport.client.internal.paging.Paged;
import io.github.ciscosupport.client.ErrorResponse;
import io.github.ciscosupport.client.ItemError;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Collects the pages of one batch of an API that answers each input with one item naming it
 * (SN2INFO, Product Info): an item is the value of the input it names; an item carrying an
 * {@code ErrorResponse} is the error of the input it names or, naming none, of every input
 * left unanswered; a top-level error is the error of every input left unanswered.
 *
 * @param <T> the item type
 */
public final class ItemCollector<T> {

	private static final int HTTP_OK = 200;

	private final BatchAnswer<T> answer;

	private final ItemIdentity<T> identity;

	private ItemCollector(List<String> batch, ItemIdentity<T> identity) {
		this.answer = new BatchAnswer<>(batch);
		this.identity = identity;
	}

	/**
	 * Walks the pages of one batch and collects the answer.
	 * @param <P> the page type
	 * @param <T> the item type
	 * @param batch the distinct inputs of the batch
	 * @param fetchPage fetches a page of the batch's response
	 * @param itemsOf the items of a page
	 * @param identity how an item names its input
	 * @return the answer for the batch
	 */
	public static <P extends Paged & ApiResponseBody, T> Mono<BatchAnswer<T>> collect(List<String> batch,
			IntFunction<Mono<P>> fetchPage, Function<P, List<T>> itemsOf, ItemIdentity<T> identity) {
		return PageWalker.pages(fetchPage)
			.reduceWith(() -> new ItemCollector<>(batch, identity), (collector, page) -> collector.add(page, itemsOf.apply(page)))
			.map((collector) -> collector.answer);
	}

	private ItemCollector<T> add(ApiResponseBody page, List<T> items) {
		page.topLevelErrors().forEach(this.answer::batchError);
		for (T item : items) {
			List<ItemError> errors = ErrorResponse.itemErrors(this.identity.errorOf(item));
			if (errors.isEmpty()) {
				addValue(item);
			}
			else {
				addError(item, errors.get(0));
			}
		}
		return this;
	}

	private void addValue(T item) {
		String name = nameOf(item);
		if (name != null) {
			this.answer.value(name, item);
		}
		else if (this.answer.inputs().size() == 1) {
			this.answer.value(this.answer.inputs().get(0), item);
		}
	}

	private void addError(T item, ItemError error) {
		CiscoErrorCodes.rejectAccessDenied(HTTP_OK, error.code(), error.description());
		String name = nameOf(item);
		if (name != null) {
			this.answer.error(name, error);
		}
		else {
			this.answer.batchError(error);
		}
	}

	/** The first identifier of the item that names an input of the batch. */
	private @Nullable String nameOf(T item) {
		return this.identity.namesOf(item)
			.stream()
			.filter(Objects::nonNull)
			.filter((name) -> !this.answer.inputsNamedBy(name).isEmpty())
			.findFirst()
			.orElse(null);
	}

}
