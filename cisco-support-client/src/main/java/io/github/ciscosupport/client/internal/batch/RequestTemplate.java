package io.github.ciscosupport.client.internal.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * A GET request for one batch: a URI template relative to the {@code WebClient}'s base URL and
 * the values of its variables. Each input is a variable of its own, so the {@code WebClient}'s
 * URI builder (Spring's default {@code TEMPLATE_AND_VALUES} encoding) encodes it strictly: a
 * {@code /} in a product ID goes out as {@code %2F}, while the commas between the inputs,
 * being part of the template, stay literal. A {@code {page}} variable takes the page number.
 *
 * @param uriTemplate the URI template
 * @param variables the values of its variables, except {@code page}
 */
public record RequestTemplate(String uriTemplate, Map<String, Object> variables) {

	/** The variable that takes the 1-based page number. */
	public static final String PAGE = "page";

	public RequestTemplate {
		variables = Map.copyOf(variables);
	}

	/**
	 * A request whose inputs are comma-joined in the path, as in
	 * {@code /sn2info/v2/coverage/status/serial_numbers/A,B,C}.
	 * @param pathBeforeInputs the path up to the inputs, possibly with {@code {page}}
	 * @param inputs the inputs of the batch
	 * @param afterInputs what follows the inputs (a query string, possibly with {@code {page}})
	 * @return the template
	 */
	public static RequestTemplate commaJoinedInputs(String pathBeforeInputs, List<String> inputs, String afterInputs) {
		String placeholders = IntStream.range(0, inputs.size())
			.mapToObj((index) -> "{" + variableName(index) + "}")
			.collect(Collectors.joining(","));
		return new RequestTemplate(pathBeforeInputs + placeholders + afterInputs, inputVariables(inputs));
	}

	/**
	 * The variables {@code input0}, {@code input1}... for the given inputs.
	 * @param inputs the inputs
	 * @return the variables, in input order
	 */
	public static Map<String, Object> inputVariables(List<String> inputs) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int index = 0; index < inputs.size(); index++) {
			variables.put(variableName(index), inputs.get(index));
		}
		return variables;
	}

	/**
	 * The name of the variable of the input at the given index.
	 * @param index the index of the input in its batch
	 * @return {@code input} followed by the index
	 */
	public static String variableName(int index) {
		return "input" + index;
	}

	/**
	 * This template with another variable.
	 * @param name the variable name
	 * @param value its value
	 * @return a new template
	 */
	public RequestTemplate withVariable(String name, Object value) {
		Map<String, Object> variables = new LinkedHashMap<>(this.variables);
		variables.put(name, value);
		return new RequestTemplate(this.uriTemplate, variables);
	}

	/**
	 * This template with query parameters appended, each a variable of its own (so its value is
	 * encoded), in the map's order.
	 * @param parameters the parameter values by name; names must not clash with the template's
	 * variables
	 * @return a new template
	 */
	public RequestTemplate withQueryParameters(Map<String, ?> parameters) {
		StringBuilder uriTemplate = new StringBuilder(this.uriTemplate);
		Map<String, Object> variables = new LinkedHashMap<>(this.variables);
		parameters.forEach((name, value) -> {
			uriTemplate.append((uriTemplate.indexOf("?") >= 0) ? '&' : '?').append(name).append("={").append(name).append('}');
			variables.put(name, value);
		});
		return new RequestTemplate(uriTemplate.toString(), variables);
	}

	/**
	 * Prepares the request for one page.
	 * @param webClient the Cisco Support {@code WebClient}
	 * @param page the 1-based page number, for templates that have {@code {page}}
	 * @return the request, ready to exchange
	 */
	public WebClient.RequestHeadersSpec<?> get(WebClient webClient, int page) {
		Map<String, Object> withPage = new LinkedHashMap<>(this.variables);
		withPage.put(PAGE, page);
		return webClient.get().uri(this.uriTemplate, withPage);
	}

}
