package io.github.ciscosupport.test.simulator;

import java.io.PrintWriter;
import java.io.StringWriter;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock extension through which every request reaches the simulated gateway: one catch-all
 * stub, transformed per request. Faults (connection resets) and delays in the returned definition
 * are applied by WireMock.
 *
 * @author cisco-support-spring
 */
final class GatewayTransformer implements ResponseDefinitionTransformerV2 {

	static final String NAME = "cisco-support-simulator";

	private final Gateway gateway;

	GatewayTransformer(Gateway gateway) {
		this.gateway = gateway;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return true;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		try {
			return this.gateway.handle(SimRequest.from(serveEvent.getRequest())).toDefinition();
		}
		catch (RuntimeException ex) {
			// A simulator bug: answer 500 with the stack trace rather than hiding it behind WireMock
			StringWriter trace = new StringWriter();
			ex.printStackTrace(new PrintWriter(trace));
			return SimResponse.text(500, "text/plain", "Cisco Support API simulator failure\n" + trace).toDefinition();
		}
	}

}
