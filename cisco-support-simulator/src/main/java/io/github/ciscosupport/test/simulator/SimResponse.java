package io.github.ciscosupport.test.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/**
 * A response under construction: status, headers, body, and optionally a connection fault or a
 * delay, which WireMock applies.
 *
 * @author cisco-support-spring
 */
final class SimResponse {

	static final String JSON = "application/json";

	private int status;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String body;

	private Fault fault;

	private long delayMillis;

	private String outcome = "ok";

	private SimResponse(int status) {
		this.status = status;
	}

	static SimResponse json(Object body) {
		return json(200, body);
	}

	static SimResponse json(int status, Object body) {
		return new SimResponse(status).header("Content-Type", JSON).body(JsonWriter.write(body));
	}

	static SimResponse text(int status, String contentType, String body) {
		return new SimResponse(status).header("Content-Type", contentType).body(body);
	}

	static SimResponse fault(Fault fault) {
		SimResponse response = new SimResponse(0);
		response.fault = fault;
		return response;
	}

	SimResponse header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	SimResponse removeHeader(String name) {
		this.headers.remove(name);
		return this;
	}

	SimResponse body(String body) {
		this.body = body;
		return this;
	}

	SimResponse delay(long millis) {
		this.delayMillis = millis;
		return this;
	}

	SimResponse outcome(String outcome) {
		this.outcome = outcome;
		return this;
	}

	int status() {
		return this.status;
	}

	String body() {
		return this.body;
	}

	String outcome() {
		return this.outcome;
	}

	boolean isJson() {
		String type = this.headers.get("Content-Type");
		return type != null && type.startsWith(JSON);
	}

	ResponseDefinition toDefinition() {
		ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
		if (this.fault != null) {
			builder.withFault(this.fault);
		}
		else {
			builder.withStatus(this.status);
			this.headers.forEach(builder::withHeader);
			if (this.body != null) {
				builder.withBody(this.body);
			}
		}
		if (this.delayMillis > 0) {
			builder.withFixedDelay((int) Math.min(this.delayMillis, Integer.MAX_VALUE));
		}
		return builder.build();
	}

}
