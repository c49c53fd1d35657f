package io.github.ciscosupport.test.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.common.Json;

/**
 * Real HTTP on loopback against a simulator, with {@link HttpClient}: what the simulator's own
 * tests use.
 */
final class SimulatorHttp {

	private final CiscoSupportSimulator simulator;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private String token;

	SimulatorHttp(CiscoSupportSimulator simulator) {
		this.simulator = simulator;
	}

	/**
	 * Fetches a new token with the form-body client credentials.
	 */
	String newToken() {
		Response response = tokenCall(form("grant_type", "client_credentials", "client_id", this.simulator.clientId(),
				"client_secret", this.simulator.clientSecret()), null);
		if (response.status() != 200) {
			throw new IllegalStateException("Token call failed: " + response);
		}
		return (String) response.json().get("access_token");
	}

	String token() {
		if (this.token == null) {
			this.token = newToken();
		}
		return this.token;
	}

	Response tokenCall(String formBody, String authorization) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.simulator.tokenUri()))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody));
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return send(builder.build());
	}

	Response get(String pathAndQuery) {
		return get(pathAndQuery, token());
	}

	Response get(String pathAndQuery, String bearer) {
		HttpRequest.Builder builder = request(pathAndQuery).GET();
		if (bearer != null) {
			builder.header("Authorization", "Bearer " + bearer);
		}
		return send(builder.build());
	}

	Response post(String pathAndQuery, String json) {
		return send(request(pathAndQuery).header("Authorization", "Bearer " + token())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create(this.simulator.baseUrl() + pathAndQuery))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "application/json");
	}

	Response send(HttpRequest request) {
		try {
			return sendOrThrow(request);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Response sendOrThrow(HttpRequest request) throws IOException {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends a request whose response body is expected to be cut off.
	 * @return the status of the response, which arrived before the body failed
	 * @throws AssertionError if the body could be read
	 */
	int statusOfACutOffBody(HttpRequest request) throws InterruptedException {
		AtomicInteger status = new AtomicInteger();
		try {
			this.client.send(request, (info) -> {
				status.set(info.statusCode());
				return HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
			});
		}
		catch (IOException ex) {
			return status.get();
		}
		throw new AssertionError("The body of the response could be read");
	}

	static String form(String... pairs) {
		StringBuilder builder = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			if (builder.length() > 0) {
				builder.append('&');
			}
			builder.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return builder.toString();
	}

	/**
	 * Encodes a path segment, {@code /} included.
	 */
	static String segment(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		return (List<Object>) value;
	}

	static List<Map<String, Object>> maps(Object value) {
		return list(value).stream().map(SimulatorHttp::map).toList();
	}

	record Response(int status, HttpHeaders headers, String body) {

		String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		Map<String, Object> json() {
			return map(Json.read(this.body, Object.class));
		}

		List<Object> jsonList() {
			return list(Json.read(this.body, Object.class));
		}

		@Override
		public String toString() {
			return "Response[" + this.status + ", " + this.body + "]";
		}

	}

}
