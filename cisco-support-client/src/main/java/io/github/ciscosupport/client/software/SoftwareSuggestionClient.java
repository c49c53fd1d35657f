package io.github.ciscosupport.client.software;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.ClientContext;
import io.github.ciscosupport.client.internal.batch.BatchAnswer;
import io.github.ciscosupport.client.internal.batch.BatchExecutor;
import io.github.ciscosupport.client.internal.batch.CachedLookup;
import io.github.ciscosupport.client.internal.batch.CiscoResponses;
import io.github.ciscosupport.client.internal.batch.InputRule;
import io.github.ciscosupport.client.internal.batch.RequestTemplate;
import io.github.ciscosupport.client.internal.paging.PageWalker;
import io.github.ciscosupport.client.software.SoftwareSuggestion.SuggestedProduct;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Client for the Cisco Software Suggestion API v2: suggested software (releases with their
 * images), suggested releases, and compatible upgrades, by product ID or MDF ID.
 * <p>
 * Lookups take any number of inputs, send them 10 at a time (walking every page) and return one
 * {@link ItemResult} per input, in input order. The value is the list of
 * {@link SoftwareSuggestion}s of the input, one per software type (and per product, for an MDF
 * ID), never empty. An {@code errorDetailsResponse} in place of a suggestion
 * ({@code S3_INV_BASEPID}: {@code INVALID_INPUT}; {@code S3_NO_SOFT_AVL}: {@code API_ERROR})
 * becomes the error of its input; a top-level one, the error of its batch. The compatible-software
 * lookups take one input and return its one result, never an empty {@code Mono}; what the
 * product runs now is their optional {@link CompatibleSoftwareQuery}.
 * <pre class="code">
 * SoftwareSuggestionClient software = cisco.softwareSuggestions();
 * software.softwareByProductIds(List.of("WS-C3560-48PS-S")).subscribe((result) -&gt; result.valueOrThrow()
 *     .forEach((item) -&gt; System.out.println(item.product().softwareType() + ": "
 *             + item.suggestions().get(0).releaseFormat1())));
 * </pre>
 */
public class SoftwareSuggestionClient {

	static final String BASE_PATH = "/software/suggestion/v2/suggestions";

	/** Software Suggestion accepts up to 10 product IDs or MDF IDs a call. */
	static final int MAX_INPUTS_PER_CALL = 10;

	private static final String PAGED = "?pageIndex={page}";

	private static final InputRule RULE = InputRule.pathListItem();

	/** The value type of a cached answer. */
	private static final ParameterizedTypeReference<List<SoftwareSuggestion>> SUGGESTIONS = new ParameterizedTypeReference<>() {
	};

	private final WebClient webClient;

	private final BatchExecutor batchExecutor;

	/**
	 * Creates the client on the transport of a {@code CiscoSupportClient}, which hands it out as
	 * {@code softwareSuggestions()}.
	 * @param context the Cisco Support {@code WebClient} and the batching options
	 */
	public SoftwareSuggestionClient(ClientContext context) {
		this.webClient = context.webClient();
		this.batchExecutor = new BatchExecutor(context.batchOptions(), "software");
	}

	/**
	 * The suggested software of product IDs, with images ({@code software/productIds}).
	 * <pre class="code">
	 * software.softwareByProductIds(List.of("WS-C3560-48PS-S", "ISR4431/K9"))
	 *     .filter(ItemResult::isSuccess)
	 *     .subscribe((result) -&gt; System.out.println(result.input() + ": "
	 *             + result.value().get(0).suggestions().get(0).images()));
	 * </pre>
	 * @param productIds the base product IDs, any number, duplicates allowed
	 * @return one result per product ID, in input order
	 * @throws IllegalArgumentException if a product ID is null or blank
	 */
	public Flux<ItemResult<String, List<SoftwareSuggestion>>> softwareByProductIds(List<String> productIds) {
		return lookUp(productIds, "/software/productIds/", SuggestedProduct::baseProductId);
	}

	/**
	 * The suggested releases of product IDs, without images ({@code releases/productIds}).
	 * @param productIds the base product IDs, any number, duplicates allowed
	 * @return one result per product ID, in input order
	 * @throws IllegalArgumentException if a product ID is null or blank
	 */
	public Flux<ItemResult<String, List<SoftwareSuggestion>>> releasesByProductIds(List<String> productIds) {
		return lookUp(productIds, "/releases/productIds/", SuggestedProduct::baseProductId);
	}

	/**
	 * The suggested software of MDF IDs, with images ({@code software/mdfIds}).
	 * @param mdfIds the MDF IDs, any number, duplicates allowed
	 * @return one result per MDF ID, in input order
	 * @throws IllegalArgumentException if an MDF ID is null or blank
	 */
	public Flux<ItemResult<String, List<SoftwareSuggestion>>> softwareByMdfIds(List<String> mdfIds) {
		return lookUp(mdfIds, "/software/mdfIds/", SuggestedProduct::mdfId);
	}

	/**
	 * The suggested releases of MDF IDs, without images ({@code releases/mdfIds}).
	 * @param mdfIds the MDF IDs, any number, duplicates allowed
	 * @return one result per MDF ID, in input order
	 * @throws IllegalArgumentException if an MDF ID is null or blank
	 */
	public Flux<ItemResult<String, List<SoftwareSuggestion>>> releasesByMdfIds(List<String> mdfIds) {
		return lookUp(mdfIds, "/releases/mdfIds/", SuggestedProduct::mdfId);
	}

	/**
	 * The releases a product can be upgraded to, from any release
	 * ({@code compatible/productId/{productId}}).
	 * @param productId the base product ID
	 * @return the result for the product ID, never empty
	 * @throws IllegalArgumentException if the product ID is null or blank
	 * @see #compatibleSoftwareByProductId(String, CompatibleSoftwareQuery)
	 */
	public Mono<ItemResult<String, List<SoftwareSuggestion>>> compatibleSoftwareByProductId(String productId) {
		return compatibleSoftwareByProductId(productId, CompatibleSoftwareQuery.none());
	}

	/**
	 * The releases a product can be upgraded to from its current release or image
	 * ({@code compatible/productId/{productId}}).
	 * <pre class="code">
	 * ItemResult&lt;String, List&lt;SoftwareSuggestion&gt;&gt; upgrades = software
	 *     .compatibleSoftwareByProductId("ISR4431/K9", CompatibleSoftwareQuery.none().currentRelease("16.9.1"))
	 *     .block();
	 * </pre>
	 * @param productId the base product ID
	 * @param query the current release or image, if known
	 * @return the result for the product ID, never empty: an error {@code S3_INV_BASEPID} when
	 * Cisco does not know the product ID, {@code S3_INV_CURR_IMG_REL} when it does not know the
	 * current release or image
	 * @throws IllegalArgumentException if the product ID is null or blank
	 */
	public Mono<ItemResult<String, List<SoftwareSuggestion>>> compatibleSoftwareByProductId(String productId,
			CompatibleSoftwareQuery query) {
		return compatible("/compatible/productId/", productId, query, SuggestedProduct::baseProductId);
	}

	/**
	 * The releases a product family can be upgraded to, from any release
	 * ({@code compatible/mdfId/{mdfId}}).
	 * @param mdfId the MDF ID
	 * @return the result for the MDF ID, never empty
	 * @throws IllegalArgumentException if the MDF ID is null or blank
	 * @see #compatibleSoftwareByMdfId(String, CompatibleSoftwareQuery)
	 */
	public Mono<ItemResult<String, List<SoftwareSuggestion>>> compatibleSoftwareByMdfId(String mdfId) {
		return compatibleSoftwareByMdfId(mdfId, CompatibleSoftwareQuery.none());
	}

	/**
	 * The releases a product family can be upgraded to from its current release or image
	 * ({@code compatible/mdfId/{mdfId}}).
	 * @param mdfId the MDF ID
	 * @param query the current release or image, if known
	 * @return the result for the MDF ID, never empty
	 * @throws IllegalArgumentException if the MDF ID is null or blank
	 */
	public Mono<ItemResult<String, List<SoftwareSuggestion>>> compatibleSoftwareByMdfId(String mdfId,
			CompatibleSoftwareQuery query) {
		return compatible("/compatible/mdfId/", mdfId, query, SuggestedProduct::mdfId);
	}

	/**
	 * A lookup of one input, run as a batch of one: blank is refused at the call, an input the
	 * rule refuses is answered {@code INVALID_INPUT} without being sent, and Cisco's answer,
	 * found or not, is the one result.
	 */
	private Mono<ItemResult<String, List<SoftwareSuggestion>>> compatible(String path, String input,
			CompatibleSoftwareQuery query, Function<SuggestedProduct, @Nullable String> inputOf) {
		Objects.requireNonNull(query, "query");
		return this.batchExecutor.execute(Collections.singletonList(input), 1, RULE,
				(batch) -> collect(batch, RequestTemplate.commaJoinedInputs(BASE_PATH + path, batch, PAGED)
					.withQueryParameters(query.queryParameters()), inputOf))
			.single();
	}

	private Flux<ItemResult<String, List<SoftwareSuggestion>>> lookUp(List<String> inputs, String path,
			Function<SuggestedProduct, @Nullable String> inputOf) {
		return this.batchExecutor.execute(inputs, MAX_INPUTS_PER_CALL, RULE, CachedLookup.of(path, SUGGESTIONS),
				(batch) -> collect(batch,
				RequestTemplate.commaJoinedInputs(BASE_PATH + path, batch, PAGED), inputOf));
	}

	private Mono<BatchAnswer<List<SoftwareSuggestion>>> collect(List<String> batch, RequestTemplate request,
			Function<SuggestedProduct, @Nullable String> inputOf) {
		return PageWalker
			.pages((page) -> CiscoResponses.exchange(request.get(this.webClient, page), SuggestionResponse.class))
			.reduceWith(() -> new SuggestionBatchCollector(batch, inputOf), SuggestionBatchCollector::add)
			.map(SuggestionBatchCollector::answer);
	}

}
