package io.github.ciscosupport.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.github.tomakehurst.wiremock.http.Fault;

/**
 * id.cisco.com's Okta token endpoint: the client-credentials grant, with credentials in the form
 * body ({@code client_secret_post}), in HTTP Basic ({@code client_secret_basic}) or, as some old
 * scripts do, in the query string.
 *
 * @author cisco-support-spring
 */
final class TokenEndpoint {

	static final String PATH = "/oauth2/default/v1/token";

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

	private final String clientId;

	private final String clientSecret;

	private final Faults faults;

	private final TokenService tokens;

	private final Clock clock;

	private final SplittableRandom random = new SplittableRandom();

	private long minuteWindow;

	private int minuteCalls;

	TokenEndpoint(String clientId, String clientSecret, Faults faults, TokenService tokens, Clock clock) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.faults = faults;
		this.tokens = tokens;
		this.clock = clock;
	}

	Call handle(SimRequest request, String issuer) {
		Credentials credentials = credentials(request);
		SimResponse response = respond(request, credentials, issuer);
		return new Call(response, credentials.id(), credentials.method());
	}

	private SimResponse respond(SimRequest request, Credentials credentials, String issuer) {
		Instant now = this.clock.instant();
		if (!"POST".equals(request.method())) {
			return error(405, "invalid_request", "The endpoint does not support the provided HTTP method")
				.header("Allow", "POST");
		}
		TokenFault fault = this.faults.takeTokenFault();
		if (fault != null) {
			switch (fault) {
				case INVALID_CLIENT:
					return invalidClient("Invalid value for 'client_id' parameter.").outcome("INVALID_CLIENT");
				case SERVER_ERROR:
					return error(500, "server_error", "Internal Server Error").outcome("SERVER_ERROR");
				case SERVICE_UNAVAILABLE:
					return error(503, "temporarily_unavailable", "Service Unavailable").outcome("SERVICE_UNAVAILABLE");
				case CONNECTION_RESET:
					return SimResponse.fault(Fault.CONNECTION_RESET_BY_PEER).outcome("CONNECTION_RESET");
				case HANG:
					return token(now, issuer).delay(this.faults.tokenHang().toMillis()).outcome("HANG");
				case RATE_LIMITED:
				case RATE_LIMITED_RETRY_AFTER:
				case RATE_LIMITED_RETRY_AFTER_DATE:
					return rateLimited(fault, now).outcome(fault.name());
				case TRUNCATED_TOKEN:
					return truncated(token(now, issuer)).outcome("TRUNCATED_TOKEN");
				default:
					throw new IllegalStateException("Unknown fault " + fault);
			}
		}
		if (credentials.id() == null || credentials.id().isEmpty()) {
			return invalidClient("Client authentication failed. Either the client or the client credentials are "
					+ "invalid.");
		}
		if (!this.clientId.equals(credentials.id())) {
			return invalidClient("Invalid value for 'client_id' parameter.");
		}
		if (!this.clientSecret.equals(credentials.secret())) {
			return invalidClient("The client secret supplied for a confidential client is invalid.");
		}
		String grantType = first(credentials.form(), "grant_type");
		if (grantType == null) {
			grantType = request.query("grant_type");
		}
		if (grantType == null || grantType.isEmpty()) {
			return error(400, "invalid_request", "The 'grant_type' parameter is missing.");
		}
		if (!"client_credentials".equals(grantType)) {
			return error(400, "unsupported_grant_type", "The authorization grant type is not supported by the "
					+ "authorization server. Configured grant types: [client_credentials].");
		}
		return token(now, issuer);
	}

	private SimResponse token(Instant now, String issuer) {
		long lifetime = this.faults.tokenLifetime().getSeconds();
		String token = this.tokens.issue(this.clientId, issuer, now, this.faults.tokenLifetime());
		return oktaHeaders(SimResponse.json(new JsonObject().with("token_type", "Bearer")
			.with("expires_in", lifetime)
			.with("access_token", token)
			.with("scope", "customscope")), now);
	}

	/**
	 * Okta's 429. The waits are whole seconds from the reply's {@code Date}, so a client that
	 * measures them from that header gets exactly the configured wait.
	 */
	private SimResponse rateLimited(TokenFault fault, Instant now) {
		Instant date = Instant.ofEpochSecond(now.getEpochSecond());
		Instant retryAt = date.plusSeconds(this.faults.tokenRateLimitWait().getSeconds());
		SimResponse response = error(429, "E0000047", "API call exceeded rate limit due to too many requests.")
			.header("Date", HTTP_DATE.format(date));
		return switch (fault) {
			case RATE_LIMITED -> response.header("x-rate-limit-limit", "600")
				.header("x-rate-limit-remaining", "0")
				.header("x-rate-limit-reset", String.valueOf(retryAt.getEpochSecond()));
			case RATE_LIMITED_RETRY_AFTER -> withoutRateLimitHeaders(response).header("Retry-After",
					String.valueOf(this.faults.tokenRateLimitWait().getSeconds()));
			default -> withoutRateLimitHeaders(response).header("Retry-After", HTTP_DATE.format(retryAt));
		};
	}

	private static SimResponse withoutRateLimitHeaders(SimResponse response) {
		return response.removeHeader("x-rate-limit-limit")
			.removeHeader("x-rate-limit-remaining")
			.removeHeader("x-rate-limit-reset");
	}

	/** The token response cut a few characters into the access token's value. */
	private static SimResponse truncated(SimResponse token) {
		String body = token.body();
		int value = body.indexOf("\"access_token\":\"") + "\"access_token\":\"".length();
		return token.body(body.substring(0, value + 24));
	}

	private SimResponse invalidClient(String summary) {
		return error(401, "invalid_client", summary).header("WWW-Authenticate", "Basic");
	}

	private SimResponse error(int status, String code, String summary) {
		JsonObject body = (this.faults.tokenErrorShape() == TokenErrorShape.RFC_6749)
				? new JsonObject().with("error", code).with("error_description", summary)
				: new JsonObject().with("errorCode", code)
					.with("errorSummary", summary)
					.with("errorLink", code)
					.with("errorId", errorId())
					.with("errorCauses", List.of());
		return oktaHeaders(SimResponse.json(status, body), this.clock.instant()).outcome(code);
	}

	private SimResponse oktaHeaders(SimResponse response, Instant now) {
		int remaining;
		long reset;
		synchronized (this) {
			long minute = now.getEpochSecond() / 60;
			if (minute != this.minuteWindow) {
				this.minuteWindow = minute;
				this.minuteCalls = 0;
			}
			this.minuteCalls++;
			remaining = Math.max(0, 60000 - this.minuteCalls);
			reset = (minute + 1) * 60;
		}
		return response.header("Cache-Control", "no-cache, no-store")
			.header("Pragma", "no-cache")
			.header("x-rate-limit-limit", "60000")
			.header("x-rate-limit-remaining", String.valueOf(remaining))
			.header("x-rate-limit-reset", String.valueOf(reset));
	}

	private synchronized String errorId() {
		StringBuilder builder = new StringBuilder("oae");
		for (int i = 0; i < 22; i++) {
			builder.append(ID_CHARS.charAt(this.random.nextInt(ID_CHARS.length())));
		}
		return builder.toString();
	}

	private static Credentials credentials(SimRequest request) {
		String contentType = request.header("Content-Type");
		Map<String, List<String>> form = (contentType == null
				|| contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
						? SimRequest.parseForm(request.body()) : Map.of();
		String authorization = request.header("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon >= 0) {
					// RFC 6749 2.3.1: both parts are form-encoded before Basic encoding
					return new Credentials(formDecode(decoded.substring(0, colon)),
							formDecode(decoded.substring(colon + 1)), "client_secret_basic", form);
				}
			}
			catch (IllegalArgumentException ex) {
				// not Base64: treated as no credentials
			}
			return new Credentials(null, null, "client_secret_basic", form);
		}
		if (form.containsKey("client_id")) {
			return new Credentials(first(form, "client_id"), first(form, "client_secret"), "client_secret_post", form);
		}
		if (request.query("client_id") != null) {
			return new Credentials(request.query("client_id"), request.query("client_secret"), "query", form);
		}
		return new Credentials(null, null, "none", form);
	}

	private static String formDecode(String value) {
		return SimRequest.parseForm("v=" + value).getOrDefault("v", List.of(value)).get(0);
	}

	private static String first(Map<String, List<String>> values, String name) {
		List<String> list = values.get(name);
		return (list == null || list.isEmpty()) ? null : list.get(0);
	}

	/**
	 * The outcome of a token call, for the journal.
	 */
	record Call(SimResponse response, String clientId, String authentication) {

	}

	private record Credentials(String id, String secret, String method, Map<String, List<String>> form) {

		@Override
		public String toString() {
			return "Credentials[id=" + this.id + ", method=" + this.method + "]";
		}

	}

}
