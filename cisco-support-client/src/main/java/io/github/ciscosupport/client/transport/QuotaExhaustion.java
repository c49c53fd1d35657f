package io.github.ciscosupport.client.transport;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The application's daily quota is known to be used up: Cisco answered
 * {@code ERR_403_DEVELOPER_OVER_RATE} at {@code exhaustedAt}, or the application's own daily
 * budget was used up then, and calls are refused without being sent until {@code resetsAt}.
 *
 * @param exhaustedAt when Cisco reported it, or when the daily budget was used up
 * @param resetsAt when the quota is expected to be available again
 * @param dailyBudget the application's daily budget that was used up, or {@code null} when Cisco
 * reported its quota used up
 */
public record QuotaExhaustion(Instant exhaustedAt, Instant resetsAt, @Nullable Integer dailyBudget) {

	public QuotaExhaustion {
		Objects.requireNonNull(exhaustedAt, "exhaustedAt");
		Objects.requireNonNull(resetsAt, "resetsAt");
	}

	/**
	 * Cisco reported the quota used up.
	 * @param exhaustedAt when Cisco reported it
	 * @param resetsAt when the quota is expected to be available again
	 */
	public QuotaExhaustion(Instant exhaustedAt, Instant resetsAt) {
		this(exhaustedAt, resetsAt, null);
	}

	/**
	 * Whether it is the application's own daily budget, rather than Cisco's quota, that is used up.
	 * @return whether {@link #dailyBudget()} is set
	 */
	public boolean isDailyBudget() {
		return this.dailyBudget != null;
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
