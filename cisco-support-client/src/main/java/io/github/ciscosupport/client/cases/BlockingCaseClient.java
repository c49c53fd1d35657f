package io.github.ciscosupport.client.cases;

import java.util.List;
import java.util.stream.Stream;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The Case API v3, blocking: every method of {@link CaseClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().cases()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingCaseClient {

	private final CaseClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingCaseClient(CaseClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link CaseClient#byCaseIds(List)}, waiting for every result.
	 * @param caseIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, CaseSummary>> byCaseIds(List<String> caseIds) {
		return this.blocking.list("CaseClient.byCaseIds", this.client.byCaseIds(caseIds));
	}

	/**
	 * {@link CaseClient#detailsByCaseId(String)}, waiting for its answer.
	 * @param caseId as for the reactive method
	 * @return the answer
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public ItemResult<String, CaseDetail> detailsByCaseId(String caseId) {
		return this.blocking.one("CaseClient.detailsByCaseId", this.client.detailsByCaseId(caseId));
	}

	/**
	 * {@link CaseClient#byContractId(String)}, as a lazy stream of its pages.
	 * @param contractId as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<CaseSummary> byContractId(String contractId) {
		return this.blocking.stream("CaseClient.byContractId", this.client.byContractId(contractId));
	}

	/**
	 * {@link CaseClient#byContractId(String, CaseQuery)}, as a lazy stream of its pages.
	 * @param contractId as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<CaseSummary> byContractId(String contractId, CaseQuery query) {
		return this.blocking.stream("CaseClient.byContractId", this.client.byContractId(contractId, query));
	}

	/**
	 * {@link CaseClient#byUserIds(List)}, as a lazy stream of its pages.
	 * @param userIds as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<CaseSummary> byUserIds(List<String> userIds) {
		return this.blocking.stream("CaseClient.byUserIds", this.client.byUserIds(userIds));
	}

	/**
	 * {@link CaseClient#byUserIds(List, CaseQuery)}, as a lazy stream of its pages.
	 * @param userIds as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<CaseSummary> byUserIds(List<String> userIds, CaseQuery query) {
		return this.blocking.stream("CaseClient.byUserIds", this.client.byUserIds(userIds, query));
	}

}
