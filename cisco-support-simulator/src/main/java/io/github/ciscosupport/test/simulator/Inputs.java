package io.github.ciscosupport.test.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits comma-separated path inputs.
 *
 * @author cisco-support-spring
 */
final class Inputs {

	private Inputs() {
	}

	static List<String> split(String segment) {
		List<String> result = new ArrayList<>();
		for (String part : segment.split(",")) {
			if (!part.isEmpty()) {
				result.add(part);
			}
		}
		return result;
	}

	/**
	 * The {@code ErrorResponse} envelope of SN2INFO, Bug, Product Info and Case at the top level,
	 * where {@code APIError} is a list.
	 */
	static JsonObject errorResponse(String code, String description, String action) {
		return new JsonObject().with("ErrorResponse",
				new JsonObject().with("APIError", List.of(apiError(code, description, action))));
	}

	/**
	 * The {@code ErrorResponse} of a single item, where {@code APIError} is an object.
	 */
	static JsonObject itemErrorResponse(String code, String description, String action) {
		return new JsonObject().with("APIError", apiError(code, description, action));
	}

	private static JsonObject apiError(String code, String description, String action) {
		return new JsonObject().with("ErrorCode", code)
			.with("ErrorDescription", description)
			.with("SuggestedAction", action);
	}

}
