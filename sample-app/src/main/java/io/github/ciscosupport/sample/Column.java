package io.github.ciscosupport.sample;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What one API answered for the keys of a report (serial numbers, product IDs, releases): per key
 * a value or a note saying why there is none; or, for the whole column, why the API could not be
 * used. A report never fails because one API did.
 *
 * @param <V> the value type
 * @param name the column's name, as notes show it
 * @param answers the answer per key
 * @param unavailable why the API could not be used, or {@code null}
 */
record Column<V>(String name, Map<String, Answer<V>> answers, @Nullable String unavailable) {

	static <V> Column<V> unavailable(String name, String why) {
		return new Column<>(name, Map.of(), why);
	}

	/** The answer for a key; a key that was not asked about has neither value nor note. */
	Answer<V> get(String key) {
		if (this.unavailable != null) {
			return new Answer<>(null, this.name + " unavailable", false);
		}
		return this.answers.getOrDefault(key, Answer.none());
	}

	/**
	 * One answer.
	 *
	 * @param <V> the value type
	 * @param value the value, or {@code null}
	 * @param note why there is no value, or {@code null}
	 * @param notFound whether Cisco answered that it has no data for the key (rather than
	 * refusing it or failing)
	 */
	record Answer<V>(@Nullable V value, @Nullable String note, boolean notFound) {

		static <V> Answer<V> none() {
			return new Answer<>(null, null, false);
		}

	}

}
