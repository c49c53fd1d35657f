package io.github.ciscosupport.autoconfigure.health;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the Cisco Support health indicator.
 */
@ConfigurationProperties("management.health.cisco-support")
public class CiscoSupportHealthIndicatorProperties {

	/**
	 * Longest time a health check waits for an access token before it reports DOWN. The token
	 * request goes on in the background and its token is kept.
	 */
	private Duration timeout = Duration.ofSeconds(10);

	/**
	 * How long a failed token request is reported as DOWN before a health check asks the token
	 * endpoint again, so that frequent probes do not hammer it with bad credentials.
	 */
	private Duration failureTimeToLive = Duration.ofMinutes(1);

	/**
	 * Time of day at which Cisco resets the daily quota. After an ERR_403_DEVELOPER_OVER_RATE
	 * answer, the health is OUT_OF_SERVICE until the next occurrence of this time.
	 */
	private LocalTime quotaResetTime = LocalTime.MIDNIGHT;

	/**
	 * Time zone of the quota reset time.
	 */
	private ZoneId quotaResetZone = ZoneOffset.UTC;

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration getFailureTimeToLive() {
		return this.failureTimeToLive;
	}

	public void setFailureTimeToLive(Duration failureTimeToLive) {
		this.failureTimeToLive = failureTimeToLive;
	}

	public LocalTime getQuotaResetTime() {
		return this.quotaResetTime;
	}

	public void setQuotaResetTime(LocalTime quotaResetTime) {
		this.quotaResetTime = quotaResetTime;
	}

	public ZoneId getQuotaResetZone() {
		return this.quotaResetZone;
	}

	public void setQuotaResetZone(ZoneId quotaResetZone) {
		this.quotaResetZone = quotaResetZone;
	}

}
