package io.github.ciscosupport.client.coverage;

import java.util.List;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The Serial Number to Information (SN2INFO) API v2, blocking: every method of {@link CoverageClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().coverage()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingCoverageClient {

	private final CoverageClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingCoverageClient(CoverageClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link CoverageClient#statusBySerialNumbers(List)}, waiting for every result.
	 * @param serialNumbers as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, CoverageStatus>> statusBySerialNumbers(List<String> serialNumbers) {
		return this.blocking.list("CoverageClient.statusBySerialNumbers",
				this.client.statusBySerialNumbers(serialNumbers));
	}

	/**
	 * {@link CoverageClient#ownerStatusBySerialNumbers(List)}, waiting for every result.
	 * @param serialNumbers as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, CoverageStatus>> ownerStatusBySerialNumbers(List<String> serialNumbers) {
		return this.blocking.list("CoverageClient.ownerStatusBySerialNumbers",
				this.client.ownerStatusBySerialNumbers(serialNumbers));
	}

	/**
	 * {@link CoverageClient#summaryBySerialNumbers(List)}, waiting for every result.
	 * @param serialNumbers as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, CoverageSummary>> summaryBySerialNumbers(List<String> serialNumbers) {
		return this.blocking.list("CoverageClient.summaryBySerialNumbers",
				this.client.summaryBySerialNumbers(serialNumbers));
	}

	/**
	 * {@link CoverageClient#summaryByInstanceNumbers(List)}, waiting for every result.
	 * @param instanceNumbers as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, CoverageSummary>> summaryByInstanceNumbers(List<String> instanceNumbers) {
		return this.blocking.list("CoverageClient.summaryByInstanceNumbers",
				this.client.summaryByInstanceNumbers(instanceNumbers));
	}

	/**
	 * {@link CoverageClient#orderableProductsBySerialNumbers(List)}, waiting for every result.
	 * @param serialNumbers as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, OrderableIdentifiers>> orderableProductsBySerialNumbers(List<String> serialNumbers) {
		return this.blocking.list("CoverageClient.orderableProductsBySerialNumbers",
				this.client.orderableProductsBySerialNumbers(serialNumbers));
	}

}
