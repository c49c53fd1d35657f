package io.github.ciscosupport.autoconfigure.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Remembers what the gateway said about the application's limits, for the health indicator: when
 * the daily quota ran out (until it resets) and when a call was last throttled. Fed by the
 * transport of every call through the {@code ciscoSupportWebClient}.
 */
final class CiscoSupportGatewayState implements TransportEvents {

	private final Clock clock;

	private final LocalTime quotaResetTime;

	private final ZoneId quotaResetZone;

	private volatile @Nullable Instant quotaExhaustedAt;

	private volatile @Nullable Instant lastThrottledAt;

	CiscoSupportGatewayState(Clock clock, LocalTime quotaResetTime, ZoneId quotaResetZone) {
		this.clock = clock;
		this.quotaResetTime = quotaResetTime;
		this.quotaResetZone = quotaResetZone;
	}

	@Override
	public void onQuotaExhausted() {
		this.quotaExhaustedAt = this.clock.instant();
	}

	@Override
	public void onThrottled(Duration wait) {
		this.lastThrottledAt = this.clock.instant();
	}

	/** When the quota ran out, if it has not been reset since. */
	@Nullable Instant quotaExhaustedAt(Instant now) {
		Instant exhaustedAt = this.quotaExhaustedAt;
		return (exhaustedAt != null && now.isBefore(quotaResetAfter(exhaustedAt))) ? exhaustedAt : null;
	}

	/** The first quota reset after the given instant. */
	Instant quotaResetAfter(Instant instant) {
		ZonedDateTime at = instant.atZone(this.quotaResetZone);
		ZonedDateTime reset = at.with(this.quotaResetTime);
		return (reset.isAfter(at) ? reset : reset.plusDays(1)).toInstant();
	}

	@Nullable Instant lastThrottledAt() {
		return this.lastThrottledAt;
	}

}
