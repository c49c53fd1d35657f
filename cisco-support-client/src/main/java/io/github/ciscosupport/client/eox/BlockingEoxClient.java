package io.github.ciscosupport.client.eox;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The EoX (End of Life) API v5, blocking: every method of {@link EoxClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().eox()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingEoxClient {

	private final EoxClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingEoxClient(EoxClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link EoxClient#byProductIds(List)}, waiting for every result.
	 * @param productIds as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, List<EoxRecord>>> byProductIds(List<String> productIds) {
		return this.blocking.list("EoxClient.byProductIds", this.client.byProductIds(productIds));
	}

	/**
	 * {@link EoxClient#bySerialNumbers(List)}, waiting for every result.
	 * @param serialNumbers as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, List<EoxRecord>>> bySerialNumbers(List<String> serialNumbers) {
		return this.blocking.list("EoxClient.bySerialNumbers", this.client.bySerialNumbers(serialNumbers));
	}

	/**
	 * {@link EoxClient#byReleases(List)}, waiting for every result.
	 * @param releases as for the reactive method
	 * @return one result per input, in input order
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public List<ItemResult<String, List<EoxRecord>>> byReleases(List<String> releases) {
		return this.blocking.list("EoxClient.byReleases", this.client.byReleases(releases));
	}

	/**
	 * {@link EoxClient#byDates(LocalDate, LocalDate)}, as a lazy stream of its pages.
	 * @param start as for the reactive method
	 * @param end as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<EoxRecord> byDates(LocalDate start, LocalDate end) {
		return this.blocking.stream("EoxClient.byDates", this.client.byDates(start, end));
	}

	/**
	 * {@link EoxClient#byDates(LocalDate, LocalDate, EoxDateQuery)}, as a lazy stream of its pages.
	 * @param start as for the reactive method
	 * @param end as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<EoxRecord> byDates(LocalDate start, LocalDate end, EoxDateQuery query) {
		return this.blocking.stream("EoxClient.byDates", this.client.byDates(start, end, query));
	}

}
