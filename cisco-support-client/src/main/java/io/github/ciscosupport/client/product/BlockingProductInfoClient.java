package io.github.ciscosupport.client.product;

import java.util.List;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The Product Information API v1, blocking: every method of {@link ProductInfoClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().productInfo()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingProductInfoClient {

	private final ProductInfoClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingProductInfoClient(ProductInfoClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link ProductInfoClient#bySerialNumbers(List)}, waiting for every result.
	 * @param serialNumbers as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, ProductInfo>> bySerialNumbers(List<String> serialNumbers) {
		return this.blocking.list("ProductInfoClient.bySerialNumbers", this.client.bySerialNumbers(serialNumbers));
	}

	/**
	 * {@link ProductInfoClient#byProductIds(List)}, waiting for every result.
	 * @param productIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, ProductInfo>> byProductIds(List<String> productIds) {
		return this.blocking.list("ProductInfoClient.byProductIds", this.client.byProductIds(productIds));
	}

	/**
	 * {@link ProductInfoClient#mdfByProductIds(List)}, waiting for every result.
	 * @param productIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, ProductMdfInfo>> mdfByProductIds(List<String> productIds) {
		return this.blocking.list("ProductInfoClient.mdfByProductIds", this.client.mdfByProductIds(productIds));
	}

}
