package io.github.ciscosupport.client.asd;

import java.util.List;
import java.util.stream.Stream;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The Automated Software Distribution (ASD) API v4.0, blocking: every method of {@link AsdClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().asd()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingAsdClient {

	private final AsdClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingAsdClient(AsdClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link AsdClient#metadataByProductIdAndRelease(String, String, String)}, as a lazy stream of its pages.
	 * @param productId as for the reactive method
	 * @param currentRelease as for the reactive method
	 * @param outputRelease as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<MetadataResult> metadataByProductIdAndRelease(String productId, String currentRelease,
			String outputRelease) {
		return this.blocking.stream("AsdClient.metadataByProductIdAndRelease",
				this.client.metadataByProductIdAndRelease(productId, currentRelease, outputRelease));
	}

	/**
	 * {@link AsdClient#metadataByProductIdAndImageNames(String, List)}, as a lazy stream of its pages.
	 * @param productId as for the reactive method
	 * @param imageNames as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<MetadataResult> metadataByProductIdAndImageNames(String productId, List<String> imageNames) {
		return this.blocking.stream("AsdClient.metadataByProductIdAndImageNames",
				this.client.metadataByProductIdAndImageNames(productId, imageNames));
	}

	/**
	 * {@link AsdClient#downloadUrlsByImageGuids(String, String, List)}, waiting for every result.
	 * @param productId as for the reactive method
	 * @param metadataTransId as for the reactive method
	 * @param imageGuids as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, ImageDownload>> downloadUrlsByImageGuids(String productId, String metadataTransId,
			List<String> imageGuids) {
		return this.blocking.list("AsdClient.downloadUrlsByImageGuids",
				this.client.downloadUrlsByImageGuids(productId, metadataTransId, imageGuids));
	}

	/**
	 * {@link AsdClient#submitK9Compliance(ComplianceDecision)}, waiting for its answer.
	 * @param decision as for the reactive method
	 * @return the answer
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public ComplianceResult submitK9Compliance(ComplianceDecision decision) {
		return this.blocking.one("AsdClient.submitK9Compliance", this.client.submitK9Compliance(decision));
	}

	/**
	 * {@link AsdClient#submitEulaCompliance(ComplianceDecision)}, waiting for its answer.
	 * @param decision as for the reactive method
	 * @return the answer
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public ComplianceResult submitEulaCompliance(ComplianceDecision decision) {
		return this.blocking.one("AsdClient.submitEulaCompliance", this.client.submitEulaCompliance(decision));
	}

}
