package io.github.ciscosupport.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Compares Cisco release names ({@code 15.2(7)E3}, {@code 17.3.4a}, {@code 9.16.4}) piece by
 * piece: numbers as numbers, letters as letters. Good enough to tell whether a suggested release
 * is newer than the running one, and whether it is at or past an advisory's first fixed release of
 * the same major release.
 */
final class Releases {

	private static final Pattern TOKEN = Pattern.compile("\\d+|[A-Za-z]+");

	private Releases() {
	}

	static int compare(String a, String b) {
		List<String> x = tokens(a);
		List<String> y = tokens(b);
		for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
			int order = compareToken(x.get(i), y.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(x.size(), y.size());
	}

	/**
	 * Whether PSIRT's first fixed releases of an advisory say that a release fixes it: one of them
	 * must be of the release's major release ({@code 15.2} of {@code 15.2(7)E8}, {@code 17.9} of
	 * {@code 17.9.4a}), and the release at or past it.
	 * @return {@code true} or {@code false}, or {@code null} when PSIRT names no first fix in that
	 * major release
	 */
	static @Nullable Boolean fixes(String release, List<String> firstFixed) {
		List<String> sameMajor = firstFixed.stream().filter((fixed) -> sameMajor(fixed, release)).toList();
		if (sameMajor.isEmpty()) {
			return null;
		}
		return sameMajor.stream().anyMatch((fixed) -> compare(release, fixed) >= 0);
	}

	private static boolean sameMajor(String a, String b) {
		List<String> x = numbers(a);
		List<String> y = numbers(b);
		return x.size() >= 2 && y.size() >= 2 && x.subList(0, 2).equals(y.subList(0, 2));
	}

	private static List<String> numbers(String release) {
		return tokens(release).stream().filter((token) -> Character.isDigit(token.charAt(0))).map(Releases::strip).toList();
	}

	private static int compareToken(String a, String b) {
		boolean numberA = Character.isDigit(a.charAt(0));
		boolean numberB = Character.isDigit(b.charAt(0));
		if (numberA && numberB) {
			String x = strip(a);
			String y = strip(b);
			return (x.length() != y.length()) ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
		}
		if (numberA != numberB) {
			return numberA ? -1 : 1;
		}
		return a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
	}

	/** A number without leading zeros, compared by length then digits: no overflow on long ones. */
	private static String strip(String number) {
		int start = 0;
		while (start < number.length() - 1 && number.charAt(start) == '0') {
			start++;
		}
		return number.substring(start);
	}

	private static List<String> tokens(String release) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(release);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
