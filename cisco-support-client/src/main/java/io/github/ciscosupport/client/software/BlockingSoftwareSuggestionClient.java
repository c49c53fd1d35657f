package io.github.ciscosupport.client.software;

import java.util.List;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The Software Suggestion API v2, blocking: every method of {@link SoftwareSuggestionClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().softwareSuggestions()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingSoftwareSuggestionClient {

	private final SoftwareSuggestionClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingSoftwareSuggestionClient(SoftwareSuggestionClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link SoftwareSuggestionClient#softwareByProductIds(List)}, waiting for every result.
	 * @param productIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, List<SoftwareSuggestion>>> softwareByProductIds(List<String> productIds) {
		return this.blocking.list("SoftwareSuggestionClient.softwareByProductIds",
				this.client.softwareByProductIds(productIds));
	}

	/**
	 * {@link SoftwareSuggestionClient#releasesByProductIds(List)}, waiting for every result.
	 * @param productIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, List<SoftwareSuggestion>>> releasesByProductIds(List<String> productIds) {
		return this.blocking.list("SoftwareSuggestionClient.releasesByProductIds",
				this.client.releasesByProductIds(productIds));
	}

	/**
	 * {@link SoftwareSuggestionClient#softwareByMdfIds(List)}, waiting for every result.
	 * @param mdfIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, List<SoftwareSuggestion>>> softwareByMdfIds(List<String> mdfIds) {
		return this.blocking.list("SoftwareSuggestionClient.softwareByMdfIds", this.client.softwareByMdfIds(mdfIds));
	}

	/**
	 * {@link SoftwareSuggestionClient#releasesByMdfIds(List)}, waiting for every result.
	 * @param mdfIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, List<SoftwareSuggestion>>> releasesByMdfIds(List<String> mdfIds) {
		return this.blocking.list("SoftwareSuggestionClient.releasesByMdfIds", this.client.releasesByMdfIds(mdfIds));
	}

	/**
	 * {@link SoftwareSuggestionClient#compatibleSoftwareByProductId(String)}, waiting for its answer.
	 * @param productId as for the reactive method
	 * @return the answer
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public ItemResult<String, List<SoftwareSuggestion>> compatibleSoftwareByProductId(String productId) {
		return this.blocking.one("SoftwareSuggestionClient.compatibleSoftwareByProductId",
				this.client.compatibleSoftwareByProductId(productId));
	}

	/**
	 * {@link SoftwareSuggestionClient#compatibleSoftwareByProductId(String, CompatibleSoftwareQuery)}, waiting for its answer.
	 * @param productId as for the reactive method
	 * @param query as for the reactive method
	 * @return the answer
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public ItemResult<String, List<SoftwareSuggestion>> compatibleSoftwareByProductId(String productId,
			CompatibleSoftwareQuery query) {
		return this.blocking.one("SoftwareSuggestionClient.compatibleSoftwareByProductId",
				this.client.compatibleSoftwareByProductId(productId, query));
	}

	/**
	 * {@link SoftwareSuggestionClient#compatibleSoftwareByMdfId(String)}, waiting for its answer.
	 * @param mdfId as for the reactive method
	 * @return the answer
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public ItemResult<String, List<SoftwareSuggestion>> compatibleSoftwareByMdfId(String mdfId) {
		return this.blocking.one("SoftwareSuggestionClient.compatibleSoftwareByMdfId",
				this.client.compatibleSoftwareByMdfId(mdfId));
	}

	/**
	 * {@link SoftwareSuggestionClient#compatibleSoftwareByMdfId(String, CompatibleSoftwareQuery)}, waiting for its answer.
	 * @param mdfId as for the reactive method
	 * @param query as for the reactive method
	 * @return the answer
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public ItemResult<String, List<SoftwareSuggestion>> compatibleSoftwareByMdfId(String mdfId,
			CompatibleSoftwareQuery query) {
		return this.blocking.one("SoftwareSuggestionClient.compatibleSoftwareByMdfId",
				this.client.compatibleSoftwareByMdfId(mdfId, query));
	}

}
