package io.github.ciscosupport.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Reads how long a server asks its clients to wait: a {@code Retry-After} header in seconds or as
 * an HTTP date, or Okta's {@code x-rate-limit-reset} (the epoch second at which its rate-limit
 * window resets). Absolute times are measured from the reply's own {@code Date} header when it
 * has one, so that a skewed local clock does not matter, otherwise from the caller's clock.
 */
public final class RetryAfter {

	/** Okta's header: the epoch second at which the current rate-limit window resets. */
	public static final String RATE_LIMIT_RESET = "x-rate-limit-reset";

	private RetryAfter() {
	}

	/**
	 * The wait a {@code Retry-After} header asks for.
	 * @param retryAfter the header's value, seconds or an HTTP date, or null
	 * @param date the reply's {@code Date} header, or null
	 * @param nowMillis the caller's clock, used when there is no valid {@code Date}
	 * @return the wait, zero for a date in the past, or null when the value is missing or invalid
	 */
	public static @Nullable Duration parse(@Nullable String retryAfter, @Nullable String date, long nowMillis) {
		if (retryAfter == null) {
			return null;
		}
		String value = retryAfter.trim();
		if (isSeconds(value)) {
			return (value.length() <= 9) ? Duration.ofSeconds(Long.parseLong(value)) : null;
		}
		Instant until = httpDate(value);
		return (until != null) ? until(until, date, nowMillis) : null;
	}

	/**
	 * The wait until Okta's rate-limit window resets.
	 * @param reset the {@code x-rate-limit-reset} header, epoch seconds, or null
	 * @param date the reply's {@code Date} header, or null
	 * @param nowMillis the caller's clock, used when there is no valid {@code Date}
	 * @return the wait, zero for a reset in the past, or null when the value is missing or invalid
	 */
	public static @Nullable Duration untilReset(@Nullable String reset, @Nullable String date, long nowMillis) {
		if (reset == null) {
			return null;
		}
		String value = reset.trim();
		if (!isSeconds(value) || value.length() > 12) {
			return null;
		}
		return until(Instant.ofEpochSecond(Long.parseLong(value)), date, nowMillis);
	}

	private static Duration until(Instant until, @Nullable String date, long nowMillis) {
		Instant now = (date != null) ? httpDate(date) : null;
		Duration wait = Duration.between((now != null) ? now : Instant.ofEpochMilli(nowMillis), until);
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	private static boolean isSeconds(String value) {
		return !value.isEmpty() && value.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	private static @Nullable Instant httpDate(String value) {
		try {
			return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim()));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
