package io.github.ciscosupport.client.rma;

import java.util.List;
import java.util.stream.Stream;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The Service Order Return (RMA) API v1.0, blocking: every method of {@link RmaClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().rmas()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingRmaClient {

	private final RmaClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingRmaClient(RmaClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link RmaClient#byRmaNumbers(List)}, waiting for every result.
	 * @param rmaNumbers as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, RmaDetail>> byRmaNumbers(List<String> rmaNumbers) {
		return this.blocking.list("RmaClient.byRmaNumbers", this.client.byRmaNumbers(rmaNumbers));
	}

	/**
	 * {@link RmaClient#byUserId(String)}, as a lazy stream of its pages.
	 * @param userId as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<RmaSummary> byUserId(String userId) {
		return this.blocking.stream("RmaClient.byUserId", this.client.byUserId(userId));
	}

	/**
	 * {@link RmaClient#byUserId(String, RmaQuery)}, as a lazy stream of its pages.
	 * @param userId as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<RmaSummary> byUserId(String userId, RmaQuery query) {
		return this.blocking.stream("RmaClient.byUserId", this.client.byUserId(userId, query));
	}

}
