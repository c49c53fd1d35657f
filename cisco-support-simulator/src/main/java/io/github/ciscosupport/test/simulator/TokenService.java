package io.github.ciscosupport.test.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues and checks access tokens. Tokens look like id.cisco.com's RS256 JWTs (same claims) but
 * carry a random, meaningless signature: only this simulator accepts them.
 *
 * @author cisco-support-spring
 */
final class TokenService {

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

	private final AtomicLong counter = new AtomicLong();

	private final SplittableRandom random = new SplittableRandom();

	String issue(String clientId, String issuer, Instant now, Duration lifetime) {
		long number = this.counter.incrementAndGet();
		Instant expiry = now.plus(lifetime);
		String header = "{\"kid\":\"simulator\",\"alg\":\"RS256\"}";
		String payload = JsonWriter.write(new JsonObject().with("ver", 1)
			.with("jti", "AT.simulator-" + number + "-" + Long.toHexString(nextLong()))
			.with("iss", issuer)
			.with("aud", "api://default")
			.with("iat", now.getEpochSecond())
			.with("exp", expiry.getEpochSecond())
			.with("cid", clientId)
			.with("scp", java.util.List.of("customscope"))
			.with("sub", clientId));
		byte[] signature = new byte[64];
		for (int i = 0; i < signature.length; i += 8) {
			long value = nextLong();
			for (int j = 0; j < 8; j++) {
				signature[i + j] = (byte) (value >>> (8 * j));
			}
		}
		String token = encode(header) + "." + encode(payload) + "." + BASE64.encodeToString(signature);
		if (this.expiries.size() > 10_000) {
			this.expiries.values().removeIf((instant) -> !instant.isAfter(now));
		}
		this.expiries.put(token, expiry);
		return token;
	}

	Status check(String token, Instant now) {
		Instant expiry = this.expiries.get(token);
		if (expiry == null) {
			return Status.UNKNOWN;
		}
		return now.isBefore(expiry) ? Status.VALID : Status.EXPIRED;
	}

	void revokeAll() {
		this.expiries.clear();
	}

	private synchronized long nextLong() {
		return this.random.nextLong();
	}

	private static String encode(String json) {
		return BASE64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	enum Status {

		VALID, EXPIRED, UNKNOWN

	}

}
