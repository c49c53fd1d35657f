package io.github.ciscosupport.client.internal;

import java.util.regex.Pattern;

/**
 * A short, single-line excerpt of a response body for exception messages and logs, with every
 * credential masked: the values of {@code access_token} and any other {@code *token} field, in
 * JSON ({@code "access_token":"..."}) or form-encoded ({@code access_token=...}) shape, even when
 * the body was cut short inside the value, and any other secret the caller names.
 */
public final class BodyExcerpt {

	/** What a masked value becomes. */
	public static final String MASK = "******";

	// A JSON string value of a key ending in "token"; the closing quote may be missing when the
	// body was cut short. Escaped characters inside the value are skipped as pairs; the loop is
	// unrolled so that its depth grows with the escapes, not with the length of the value.
	private static final Pattern JSON_TOKEN = Pattern.compile(
			"(\"[\\w.-]*token\"\\s*:\\s*\")[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+", Pattern.CASE_INSENSITIVE);

	// A JSON number or bare word (a gateway's rewrite); masked as well.
	private static final Pattern JSON_BARE_TOKEN = Pattern.compile("(\"[\\w.-]*token\"\\s*:\\s*)([^\\s\",}\\]]+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FORM_TOKEN = Pattern.compile("((?<![\\w.-])[\\w.-]*token=)[^&\\s\"]*",
			Pattern.CASE_INSENSITIVE);

	// A bearer credential quoted in a body (an echoed Authorization header); long enough not to be
	// a word such as "Bearer error=".
	private static final Pattern BEARER = Pattern.compile("(\\bBearer\\s+)[\\w.~+/-]{16,}=*", Pattern.CASE_INSENSITIVE);

	// Only the beginning of a body is searched: an excerpt shows far less, and a value cut off
	// here is masked like one cut short by the server.
	private static final int MAX_SCANNED = 64 * 1024;

	private BodyExcerpt() {
	}

	/**
	 * The body with credentials masked and white space collapsed, cut to {@code maxLength}
	 * characters (then ending in {@code ...}).
	 * @param body the body, or part of it
	 * @param maxLength the longest excerpt, before the {@code ...}
	 * @param secrets further values to mask, such as the client secret; empty ones are ignored
	 * @return the excerpt, empty for an empty body
	 */
	public static String of(String body, int maxLength, String... secrets) {
		String known = maskSecrets(body, secrets);
		String scanned = (known.length() > MAX_SCANNED) ? known.substring(0, MAX_SCANNED) : known;
		String text = maskTokens(scanned).replaceAll("\\s+", " ").trim();
		return (text.length() <= maxLength) ? text : text.substring(0, maxLength) + "...";
	}

	private static String maskSecrets(String text, String... secrets) {
		String masked = text;
		for (String secret : secrets) {
			if (secret != null && !secret.isEmpty()) {
				masked = masked.replace(secret, MASK);
			}
		}
		return masked;
	}

	private static String maskTokens(String text) {
		String masked = JSON_TOKEN.matcher(text).replaceAll("$1" + MASK);
		masked = JSON_BARE_TOKEN.matcher(masked).replaceAll("$1" + MASK);
		masked = FORM_TOKEN.matcher(masked).replaceAll("$1" + MASK);
		return BEARER.matcher(masked).replaceAll("$1" + MASK);
	}

}
