package io.github.ciscosupport.client.transport;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * Where the client keeps what it knows about the daily quota, so that once Cisco has said
 * {@code ERR_403_DEVELOPER_OVER_RATE} every later call fails fast with a
 * {@code QuotaExceededException} instead of spending a request to hear it again. The client
 * always remembers it in its own process; a shared state (the starter's Redis one, with
 * {@code cisco.support.rate-limit.store=redis}) also tells every other instance that uses the
 * same Cisco key.
 * <p>
 * With a daily budget ({@code cisco.support.rate-limit.daily-budget}) it also counts the requests
 * sent in each quota day, so that every instance takes them from one budget.
 * <p>
 * Implementations must not fail the calls: a store that cannot be reached should answer empty
 * and drop the update. The client ignores errors it gets anyway, and a state that fails or takes
 * more than a second to answer is left alone for a retry interval (5 s by default), this
 * process's own state standing in, with one WARN line per outage.
 */
public interface QuotaState {

	/**
	 * The last exhaustion recorded, whether or not it is still in force.
	 * @return the exhaustion, or empty if none is known
	 */
	Mono<QuotaExhaustion> current();

	/**
	 * Records that the quota is used up.
	 * @param exhaustion when it was reported and when it resets
	 * @return completes when recorded
	 */
	Mono<Void> exhausted(QuotaExhaustion exhaustion);

	/**
	 * Counts one request sent in the quota day that ends at {@code quotaDayEnd}; the count starts
	 * from zero for each quota day.
	 * @param quotaDayEnd when the current quota day ends (when Cisco resets the quota)
	 * @return the number of requests counted in that quota day, this one included
	 */
	Mono<Long> countRequest(Instant quotaDayEnd);

	/**
	 * A state kept in this process only.
	 * @return a new, empty state
	 */
	static QuotaState local() {
		return new LocalQuotaState();
	}

}
