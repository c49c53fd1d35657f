package io.github.ciscosupport.bench;

/**
 * One line of the result table.
 *
 * @param item the number of the item in issue 10
 * @param measure what is measured, with its baseline
 * @param result median (min–max, repetitions), or a count
 * @param target the target, or "report" when the issue sets none
 * @param verdict whether the target is met
 */
record Row(String item, String measure, String result, String target, String verdict) {

	static String met(boolean met) {
		return met ? "met" : "**missed**";
	}

}
