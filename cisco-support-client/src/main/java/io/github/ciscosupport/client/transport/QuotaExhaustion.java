package io.github.ciscosupport.client.transport;

import java.time.Instant;
import java.util.Objects;

/**
 * The application's daily quota is known to be used up: Cisco answered
 * {@code ERR_403_DEVELOPER_OVER_RATE} at {@code exhaustedAt}, and calls are refused without being
 * sent until {@code resetsAt}.
 *
 * @param exhaustedAt when Cisco reported it
 * @param resetsAt when the quota is expected to be available again
 */
public record QuotaExhaustion(Instant exhaustedAt, Instant resetsAt) {

	public QuotaExhaustion {
		Objects.requireNonNull(exhaustedAt, "exhaustedAt");
		Objects.requireNonNull(resetsAt, "resetsAt");
	}

	/**
	 * Whether the quota is still used up at the given instant.
	 * @param now the instant
	 * @return whether {@code now} is before {@link #resetsAt()}
	 */
	public boolean isInForceAt(Instant now) {
		return now.isBefore(this.resetsAt);
	}

}
