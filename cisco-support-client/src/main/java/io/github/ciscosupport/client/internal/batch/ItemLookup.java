package io.github.ciscosupport.client.internal.batch;

import java.util.List;
import java.util.function.Function;

import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.paging.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Batched lookups for APIs that take comma-joined inputs in the path and answer each with one
 * item naming it (SN2INFO, Product Info; Bug by IDs, Case by IDs): splits, sends, walks the
 * pages of every batch and answers one result per input, in input order. When the page type
 * is generic in its item type ({@code Sn2InfoResponse<CoverageSummary>}), answers are cached
 * (if the API has an answer cache) under the path and query, so different operations never
 * share answers.
 */
public final class ItemLookup {

	private final WebClient webClient;

	private final BatchExecutor batchExecutor;

	/**
	 * Creates the lookup.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 * @param api the API's name for metrics, as its client package is named ({@code coverage}, ...)
	 */
	public ItemLookup(ClientContext context, String api) {
		this.webClient = context.webClient();
		this.batchExecutor = new BatchExecutor(context.batchOptions(), api);
	}

	/**
	 * Looks up every input.
	 * @param <P> the response page type
	 * @param <T> the item type
	 * @param inputs the inputs, any number, duplicates allowed
	 * @param batchSize the API's ceiling of inputs per request
	 * @param pathBeforeInputs the path up to the inputs, relative to the base URL
	 * @param afterInputs what follows the inputs, typically {@code ?page_index={page}} or nothing
	 * @param responseType the response page type
	 * @param itemsOf the items of a page
	 * @param identity how an item names its input
	 * @return one result per input, in input order
	 * @throws IllegalArgumentException if an input is null or blank
	 */
	public <P extends Paged & ApiResponseBody, T> Flux<ItemResult<String, T>> lookUp(List<String> inputs, int batchSize,
			String pathBeforeInputs, String afterInputs, ParameterizedTypeReference<P> responseType,
			Function<P, List<T>> itemsOf, ItemIdentity<T> identity) {
		return this.batchExecutor.execute(inputs, batchSize, InputRule.pathListItem(),
				cachedAs(pathBeforeInputs + "{inputs}" + afterInputs, responseType), (batch) -> {
			RequestTemplate request = RequestTemplate.commaJoinedInputs(pathBeforeInputs, batch, afterInputs);
			return ItemCollector.collect(batch,
					(page) -> CiscoResponses.exchange(request.get(this.webClient, page), responseType), itemsOf,
					identity);
		});
	}

	/** The cache key and value type of an item lookup, if the page type names its item type. */
	private static <T> @Nullable CachedLookup<T> cachedAs(String operation, ParameterizedTypeReference<?> responseType) {
		ResolvableType itemType = ResolvableType.forType(responseType).getGeneric(0);
		return (itemType.resolve() != null)
				? CachedLookup.of(operation, ParameterizedTypeReference.forType(itemType.getType())) : null;
	}

}
