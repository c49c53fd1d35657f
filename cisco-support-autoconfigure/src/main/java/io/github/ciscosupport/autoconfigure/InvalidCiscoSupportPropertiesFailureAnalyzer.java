package io.github.ciscosupport.autoconfigure;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.ciscosupport.autoconfigure.InvalidCiscoSupportPropertiesException.Problem;

/**
 * Reports {@link InvalidCiscoSupportPropertiesException} at startup with the properties to set,
 * and the environment variables that bind to the credentials.
 */
class InvalidCiscoSupportPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCiscoSupportPropertiesException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCiscoSupportPropertiesException cause) {
		List<Problem> problems = cause.getProblems();
		String description = "The Cisco Support APIs client is enabled but its configuration is incomplete or invalid:\n"
				+ problems.stream().map((problem) -> "    - " + problem).collect(Collectors.joining("\n"));
		StringBuilder action = new StringBuilder("Update your application's configuration:\n");
		for (Problem problem : problems) {
			action.append("    - ").append((problem.action() != null) ? problem.action() : set(problem.property()));
			action.append('\n');
		}
		action.append("The client id and secret come from your application in the Cisco API Console"
				+ " (https://apiconsole.cisco.com). To run without Cisco, set cisco.support.enabled=false.");
		return new FailureAnalysis(description, action.toString(), cause);
	}

	private static String set(String property) {
		String variable = environmentVariable(property);
		return "set " + property + ((variable != null) ? " (or the environment variable " + variable + ")" : "");
	}

	private static String environmentVariable(String property) {
		return switch (property) {
			case "cisco.support.client-id" -> "CISCO_SUPPORT_CLIENT_ID";
			case "cisco.support.client-secret" -> "CISCO_SUPPORT_CLIENT_SECRET";
			default -> null;
		};
	}

}
