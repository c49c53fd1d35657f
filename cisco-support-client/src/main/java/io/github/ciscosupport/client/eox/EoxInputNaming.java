package io.github.ciscosupport.client.eox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How the {@code EOXInputValue} (or {@code ErrorDataValue}) of a record names the inputs it
 * answers, so that records can be mapped back to the inputs of their batch.
 */
enum EoxInputNaming {

	/**
	 * Product IDs and serial numbers: EoX merges identical records and joins their inputs
	 * with commas, sometimes leaving trailing spaces ({@code "WS-C3850-48XS-E ,WS-C3850-48XS-E-RF"}).
	 */
	COMMA_JOINED {

		@Override
		List<String> names(String echoed, List<String> batch) {
			return Arrays.stream(echoed.split(",")).map(String::trim).filter((name) -> !name.isEmpty()).toList();
		}

	},

	/**
	 * Software release strings, which contain commas themselves ({@code 12.2,IOS}): records
	 * echo the query parameter ({@code "input1=12.2,IOS"}), whose number is the position of the
	 * input in its batch.
	 */
	SOFTWARE_RELEASE {

		private static final Pattern PARAMETER = Pattern.compile("input(\\d+)=");

		@Override
		List<String> names(String echoed, List<String> batch) {
			Matcher matcher = PARAMETER.matcher(echoed);
			List<String> names = new ArrayList<>();
			while (matcher.find()) {
				int position = Integer.parseInt(matcher.group(1));
				if (position >= 1 && position <= batch.size()) {
					names.add(batch.get(position - 1));
				}
			}
			return names.isEmpty() ? List.of(echoed.trim()) : names;
		}

	};

	/**
	 * The input names in an echoed value.
	 * @param echoed the {@code EOXInputValue} or {@code ErrorDataValue}
	 * @param batch the inputs of the batch, in the order they were sent
	 * @return the names, to be matched against the batch
	 */
	abstract List<String> names(String echoed, List<String> batch);

	List<String> namesOrNone(@Nullable String echoed, List<String> batch) {
		return (echoed != null && !echoed.isBlank()) ? names(echoed, batch) : List.of();
	}

}
