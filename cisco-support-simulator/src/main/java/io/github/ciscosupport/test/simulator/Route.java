package io.github.ciscosupport.test.simulator;

import java.util.List;
import java.util.function.Supplier;

/**
 * An API endpoint a request matched, with its inputs and the action producing the response.
 *
 * @param endpoint the endpoint name, for the journal
 * @param method the HTTP method the endpoint accepts
 * @param inputs the decoded inputs, for the journal and the 596 check
 * @param freeText whether the inputs are free text (keywords, product names) in which spaces are
 * legal; spaces in identifier inputs get Mashery's 596
 * @param action produces the response
 * @author cisco-support-spring
 */
record Route(String endpoint, String method, List<String> inputs, boolean freeText, Supplier<SimResponse> action) {

	static Route get(String endpoint, List<String> inputs, Supplier<SimResponse> action) {
		return new Route(endpoint, "GET", List.copyOf(inputs), false, action);
	}

	static Route post(String endpoint, List<String> inputs, Supplier<SimResponse> action) {
		return new Route(endpoint, "POST", List.copyOf(inputs), false, action);
	}

	Route withFreeText() {
		return new Route(this.endpoint, this.method, this.inputs, true, this.action);
	}

	boolean hasSpaceInInputs() {
		return !this.freeText && this.inputs.stream().anyMatch((input) -> input.indexOf(' ') >= 0);
	}

}
