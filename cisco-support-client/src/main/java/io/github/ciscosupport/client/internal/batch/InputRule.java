package io.github.ciscosupport.client.internal.batch;

import org.jspecify.annotations.Nullable;

import io.github.ciscosupport.client.ItemError;

/**
 * A client-side check of one input. An input that breaks a rule is answered with an
 * {@link ItemError.Kind#INVALID_INPUT INVALID_INPUT} result and never sent: a space would earn
 * a gateway error 596 for the whole batch, a comma would split the input in two.
 */
@FunctionalInterface
public interface InputRule {

	/**
	 * Checks one input.
	 * @param input a non-blank input
	 * @return why the input cannot be sent, or {@code null} if it can
	 */
	@Nullable String problemWith(String input);

	/**
	 * This rule, then another one.
	 * @param next the rule applied when this one passes
	 * @return the combined rule
	 */
	default InputRule and(InputRule next) {
		return (input) -> {
			String problem = problemWith(input);
			return (problem != null) ? problem : next.problemWith(input);
		};
	}

	/**
	 * Checks a single input of a call that takes one (a bug ID, a case ID, a product name),
	 * before any request is sent.
	 * @param input the input
	 * @param name what the input is, for the message ({@code "bug ID"})
	 * @return the input
	 * @throws IllegalArgumentException if the input is null, blank or breaks this rule
	 */
	default String check(@Nullable String input, String name) {
		if (input == null || input.isBlank()) {
			throw new IllegalArgumentException("The " + name + " must not be null or blank");
		}
		String problem = problemWith(input);
		if (problem != null) {
			throw new IllegalArgumentException("The " + name + " '" + input + "' " + problem);
		}
		return input;
	}

	/**
	 * Accepts any non-blank input.
	 * @return the rule
	 */
	static InputRule any() {
		return (input) -> null;
	}

	/**
	 * Refuses whitespace anywhere in the input: Cisco's gateway answers 596 to it.
	 * @return the rule
	 */
	static InputRule noWhitespace() {
		return (input) -> input.chars().anyMatch(Character::isWhitespace)
				? "contains whitespace, which Cisco rejects (HTTP 596)" : null;
	}

	/**
	 * Refuses commas, which separate the inputs of a batch in the URL path.
	 * @return the rule
	 */
	static InputRule noComma() {
		return (input) -> (input.indexOf(',') >= 0) ? "contains a comma, which separates inputs in the request" : null;
	}

	/**
	 * Refuses inputs longer than the API accepts.
	 * @param maxLength the longest accepted input
	 * @return the rule
	 */
	static InputRule maxLength(int maxLength) {
		return (input) -> (input.length() > maxLength) ? "is longer than " + maxLength + " characters" : null;
	}

	/**
	 * The rule for inputs sent comma-joined in a URL path segment: no whitespace, no comma.
	 * @return the rule
	 */
	static InputRule pathListItem() {
		return noWhitespace().and(noComma());
	}

}
