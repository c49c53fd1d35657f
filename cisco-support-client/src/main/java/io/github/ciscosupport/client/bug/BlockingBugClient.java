package io.github.ciscosupport.client.bug;

import java.util.List;
import java.util.stream.Stream;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The Bug API v2.0, blocking: every method of {@link BugClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().bugs()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingBugClient {

	private final BugClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingBugClient(BugClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link BugClient#byBugIds(List)}, waiting for every result.
	 * @param bugIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, Bug>> byBugIds(List<String> bugIds) {
		return this.blocking.list("BugClient.byBugIds", this.client.byBugIds(bugIds));
	}

	/**
	 * {@link BugClient#byProductId(String)}, as a lazy stream of its pages.
	 * @param productId as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byProductId(String productId) {
		return this.blocking.stream("BugClient.byProductId", this.client.byProductId(productId));
	}

	/**
	 * {@link BugClient#byProductId(String, BugQuery)}, as a lazy stream of its pages.
	 * @param productId as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byProductId(String productId, BugQuery query) {
		return this.blocking.stream("BugClient.byProductId", this.client.byProductId(productId, query));
	}

	/**
	 * {@link BugClient#byProductIdAndReleases(String, List)}, as a lazy stream of its pages.
	 * @param productId as for the reactive method
	 * @param releases as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byProductIdAndReleases(String productId, List<String> releases) {
		return this.blocking.stream("BugClient.byProductIdAndReleases",
				this.client.byProductIdAndReleases(productId, releases));
	}

	/**
	 * {@link BugClient#byProductIdAndReleases(String, List, BugQuery)}, as a lazy stream of its pages.
	 * @param productId as for the reactive method
	 * @param releases as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byProductIdAndReleases(String productId, List<String> releases, BugQuery query) {
		return this.blocking.stream("BugClient.byProductIdAndReleases",
				this.client.byProductIdAndReleases(productId, releases, query));
	}

	/**
	 * {@link BugClient#byKeyword(String)}, as a lazy stream of its pages.
	 * @param keyword as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byKeyword(String keyword) {
		return this.blocking.stream("BugClient.byKeyword", this.client.byKeyword(keyword));
	}

	/**
	 * {@link BugClient#byKeyword(String, BugQuery)}, as a lazy stream of its pages.
	 * @param keyword as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byKeyword(String keyword, BugQuery query) {
		return this.blocking.stream("BugClient.byKeyword", this.client.byKeyword(keyword, query));
	}

	/**
	 * {@link BugClient#byProductSeries(String, BugReleaseMatch, List)}, as a lazy stream of its pages.
	 * @param productSeries as for the reactive method
	 * @param match as for the reactive method
	 * @param releases as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byProductSeries(String productSeries, BugReleaseMatch match, List<String> releases) {
		return this.blocking.stream("BugClient.byProductSeries",
				this.client.byProductSeries(productSeries, match, releases));
	}

	/**
	 * {@link BugClient#byProductSeries(String, BugReleaseMatch, List, BugQuery)}, as a lazy stream of its pages.
	 * @param productSeries as for the reactive method
	 * @param match as for the reactive method
	 * @param releases as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byProductSeries(String productSeries, BugReleaseMatch match, List<String> releases,
			BugQuery query) {
		return this.blocking.stream("BugClient.byProductSeries",
				this.client.byProductSeries(productSeries, match, releases, query));
	}

	/**
	 * {@link BugClient#byProductName(String, BugReleaseMatch, List)}, as a lazy stream of its pages.
	 * @param productName as for the reactive method
	 * @param match as for the reactive method
	 * @param releases as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byProductName(String productName, BugReleaseMatch match, List<String> releases) {
		return this.blocking.stream("BugClient.byProductName", this.client.byProductName(productName, match, releases));
	}

	/**
	 * {@link BugClient#byProductName(String, BugReleaseMatch, List, BugQuery)}, as a lazy stream of its pages.
	 * @param productName as for the reactive method
	 * @param match as for the reactive method
	 * @param releases as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<Bug> byProductName(String productName, BugReleaseMatch match, List<String> releases, BugQuery query) {
		return this.blocking.stream("BugClient.byProductName",
				this.client.byProductName(productName, match, releases, query));
	}

}
