package io.github.ciscosupport.test.simulator;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request the simulator received, as the {@link RequestJournal} keeps it. Client secrets are
 * never kept: token calls record the client ID and how the client authenticated, and Basic
 * credentials and a {@code client_secret} query parameter are redacted. {@link #toString()} also
 * hides bearer tokens.
 *
 * @author cisco-support-spring
 */
public final class RecordedRequest {

	static final String REDACTED = "[redacted]";

	private final Kind kind;

	private final Api api;

	private final String endpoint;

	private final String method;

	private final String path;

	private final Map<String, List<String>> queryParameters;

	private final Map<String, List<String>> headers;

	private final List<String> inputs;

	private final String clientId;

	private final String clientAuthentication;

	private final int status;

	private final String outcome;

	private final Instant time;

	RecordedRequest(Kind kind, Api api, String endpoint, String method, String path,
			Map<String, List<String>> queryParameters, Map<String, List<String>> headers, List<String> inputs,
			String clientId, String clientAuthentication, int status, String outcome, Instant time) {
		this.kind = kind;
		this.api = api;
		this.endpoint = endpoint;
		this.method = method;
		this.path = path;
		this.queryParameters = Collections.unmodifiableMap(queryParameters);
		TreeMap<String, List<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		sorted.putAll(headers);
		this.headers = Collections.unmodifiableMap(sorted);
		this.inputs = List.copyOf(inputs);
		this.clientId = clientId;
		this.clientAuthentication = clientAuthentication;
		this.status = status;
		this.outcome = outcome;
		this.time = time;
	}

	/**
	 * What kind of request this was.
	 * @return the kind
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * The API called, for {@link Kind#API} requests.
	 * @return the API, empty for token and other requests
	 */
	public Optional<Api> api() {
		return Optional.ofNullable(this.api);
	}

	/**
	 * The endpoint, for example {@code EOXBySerialNumber} or {@code coverage/summary/serial_numbers},
	 * when the path matched one.
	 * @return the endpoint name, or {@code null}
	 */
	public String endpoint() {
		return this.endpoint;
	}

	/**
	 * The HTTP method.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	/**
	 * The raw (still URL-encoded) path, without the query string.
	 * @return the path
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The decoded query parameters.
	 * @return the query parameters
	 */
	public Map<String, List<String>> queryParameters() {
		return this.queryParameters;
	}

	/**
	 * The first value of a query parameter.
	 * @param name the parameter name
	 * @return the value, or {@code null}
	 */
	public String queryParameter(String name) {
		List<String> values = this.queryParameters.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The request headers, names case-insensitive.
	 * @return the headers
	 */
	public Map<String, List<String>> headers() {
		return this.headers;
	}

	/**
	 * The first value of a header.
	 * @param name the header name, case-insensitive
	 * @return the value, or {@code null}
	 */
	public String header(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * The inputs of an API call, decoded and split: serial numbers, PIDs, bug IDs… (the ASD PID and
	 * image GUIDs for ASD, the query of a date or keyword search).
	 * @return the inputs, empty for token calls
	 */
	public List<String> inputs() {
		return this.inputs;
	}

	/**
	 * The client ID a token call presented.
	 * @return the client ID, or {@code null}
	 */
	public String clientId() {
		return this.clientId;
	}

	/**
	 * How a token call authenticated: {@code client_secret_post} (form body),
	 * {@code client_secret_basic} (HTTP Basic), {@code query} (query string) or {@code none}.
	 * @return the client authentication method, or {@code null} for API calls
	 */
	public String clientAuthentication() {
		return this.clientAuthentication;
	}

	/**
	 * The HTTP status answered; {@code 0} for a connection reset.
	 * @return the status
	 */
	public int status() {
		return this.status;
	}

	/**
	 * What the simulator did: {@code ok}, an error code such as {@code ERR_403_DEVELOPER_OVER_QPS}
	 * or {@code invalid_client}, or the injected fault such as {@code CONNECTION_RESET}.
	 * @return the outcome
	 */
	public String outcome() {
		return this.outcome;
	}

	/**
	 * When the request arrived, on the simulator clock.
	 * @return the time
	 */
	public Instant time() {
		return this.time;
	}

	@Override
	public String toString() {
		StringBuilder builder = new StringBuilder("RecordedRequest[");
		builder.append(this.method).append(' ').append(this.path);
		if (!this.queryParameters.isEmpty()) {
			builder.append(' ').append(this.queryParameters);
		}
		builder.append(", kind=").append(this.kind);
		if (this.api != null) {
			builder.append(", api=").append(this.api).append(", endpoint=").append(this.endpoint);
			builder.append(", inputs=").append(this.inputs);
		}
		if (this.clientId != null) {
			builder.append(", clientId=").append(this.clientId);
		}
		if (this.clientAuthentication != null) {
			builder.append(", clientAuthentication=").append(this.clientAuthentication);
		}
		String authorization = header("Authorization");
		if (authorization != null) {
			int space = authorization.indexOf(' ');
			builder.append(", authorization=")
				.append((space > 0) ? authorization.substring(0, space) + " " + REDACTED : REDACTED);
		}
		builder.append(", status=").append(this.status).append(", outcome=").append(this.outcome).append(']');
		return builder.toString();
	}

	/**
	 * The kinds of requests.
	 */
	public enum Kind {

		/** A call to the token endpoint. */
		TOKEN,

		/** A call to one of the APIs. */
		API,

		/** Anything else (unknown paths). */
		OTHER

	}

}
