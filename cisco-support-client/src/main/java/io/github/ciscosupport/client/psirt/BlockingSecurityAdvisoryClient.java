package io.github.ciscosupport.client.psirt;

import java.util.stream.Stream;

import io.github.ciscosupport.client.BlockingTimeoutException;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.internal.Blocking;

/**
 * The PSIRT openVuln API v2, blocking: every method of {@link SecurityAdvisoryClient} with the caller's
 * thread waiting for the answer, on the same transport (token, rate limit, retries, error mapping). Batched lookups
 * answer a {@code List} with one result per input, paged queries a lazy {@code Stream} (close
 * it to stop early), single answers the answer; each call ends within the blocking timeout.
 * Handed out by {@code CiscoSupportClient.blocking().securityAdvisories()}; call it from a servlet
 * request, a batch job or a virtual thread, never from a reactive pipeline's thread.
 */
public final class BlockingSecurityAdvisoryClient {

	private final SecurityAdvisoryClient client;

	private final Blocking blocking;

	/**
	 * Creates the blocking form of a typed client.
	 * @param client the reactive client it waits for
	 * @param blocking how it waits
	 */
	public BlockingSecurityAdvisoryClient(SecurityAdvisoryClient client, Blocking blocking) {
		this.client = client;
		this.blocking = blocking;
	}

	/**
	 * {@link SecurityAdvisoryClient#latest(int)}, as a lazy stream of its pages.
	 * @param count as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> latest(int count) {
		return this.blocking.stream("SecurityAdvisoryClient.latest", this.client.latest(count));
	}

	/**
	 * {@link SecurityAdvisoryClient#all()}, as a lazy stream of its pages.
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> all() {
		return this.blocking.stream("SecurityAdvisoryClient.all", this.client.all());
	}

	/**
	 * {@link SecurityAdvisoryClient#byAdvisoryId(String)}, waiting for its answer.
	 * @param advisoryId as for the reactive method
	 * @return the answer
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public ItemResult<String, SecurityAdvisory> byAdvisoryId(String advisoryId) {
		return this.blocking.one("SecurityAdvisoryClient.byAdvisoryId", this.client.byAdvisoryId(advisoryId));
	}

	/**
	 * {@link SecurityAdvisoryClient#byCveId(String)}, as a lazy stream of its pages.
	 * @param cveId as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> byCveId(String cveId) {
		return this.blocking.stream("SecurityAdvisoryClient.byCveId", this.client.byCveId(cveId));
	}

	/**
	 * {@link SecurityAdvisoryClient#byBugId(String)}, as a lazy stream of its pages.
	 * @param bugId as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> byBugId(String bugId) {
		return this.blocking.stream("SecurityAdvisoryClient.byBugId", this.client.byBugId(bugId));
	}

	/**
	 * {@link SecurityAdvisoryClient#bySeverity(AdvisorySeverity)}, as a lazy stream of its pages.
	 * @param severity as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> bySeverity(AdvisorySeverity severity) {
		return this.blocking.stream("SecurityAdvisoryClient.bySeverity", this.client.bySeverity(severity));
	}

	/**
	 * {@link SecurityAdvisoryClient#bySeverity(AdvisorySeverity, AdvisoryQuery)}, as a lazy stream of its pages.
	 * @param severity as for the reactive method
	 * @param query as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> bySeverity(AdvisorySeverity severity, AdvisoryQuery query) {
		return this.blocking.stream("SecurityAdvisoryClient.bySeverity", this.client.bySeverity(severity, query));
	}

	/**
	 * {@link SecurityAdvisoryClient#byYear(int)}, as a lazy stream of its pages.
	 * @param year as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> byYear(int year) {
		return this.blocking.stream("SecurityAdvisoryClient.byYear", this.client.byYear(year));
	}

	/**
	 * {@link SecurityAdvisoryClient#byProductName(String)}, as a lazy stream of its pages.
	 * @param productName as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> byProductName(String productName) {
		return this.blocking.stream("SecurityAdvisoryClient.byProductName", this.client.byProductName(productName));
	}

	/**
	 * {@link SecurityAdvisoryClient#byOsType(OsType, String)}, as a lazy stream of its pages.
	 * @param osType as for the reactive method
	 * @param release as for the reactive method
	 * @return the results, fetched page by page as the stream is consumed; close it to stop early
	 * @throws BlockingTimeoutException if it takes longer than the blocking timeout
	 */
	public Stream<SecurityAdvisory> byOsType(OsType osType, String release) {
		return this.blocking.stream("SecurityAdvisoryClient.byOsType", this.client.byOsType(osType, release));
	}

}
