package io.github.ciscosupport.client.internal.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.ItemResult;
import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.cache.AnswerCache;
import io.github.ciscosupport.client.cache.AnswerCaching;
import io.github.ciscosupport.client.internal.FailingStoreGate;

/**
 * Reads and writes the cached answers of one API. An answer is stored as a JSON document
 * {@code {"expiresAt":<epoch millis>,"value":<the value as Cisco names its fields>}}, or
 * {@code "notFound"} with the error's code and description instead of {@code "value"}; the
 * records write back to JSON under Cisco's names and read from it again. Only values and
 * {@code NOT_FOUND} errors are stored. Expiry is checked with the client's clock, whatever the
 * store does. Failures of the store count as misses; a store that failed is left alone for
 * {@value #RETRY_INTERVAL_SECONDS} s (neither read nor written: every input is asked of Cisco), so
 * that an outage of a cache that takes long to fail (Redis behind a command timeout) costs one
 * failure per interval, not one per input, and one WARN line.
 */
final class AnswerStore {

	private static final Log logger = LogFactory.getLog(AnswerStore.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How long a store that failed is left alone. */
	static final long RETRY_INTERVAL_SECONDS = 5;

	private static final String INSTEAD = "lookups ask Cisco and cache nothing";

	private final AnswerCache cache;

	private final String api;

	private final Duration timeToLive;

	private final Clock clock;

	private final LookupListener listener;

	private final FailingStoreGate gate;

	private AnswerStore(AnswerCache cache, String api, Duration timeToLive, Clock clock, LookupListener listener) {
		this.cache = cache;
		this.api = api;
		this.timeToLive = timeToLive;
		this.clock = clock;
		this.listener = listener;
		this.gate = new FailingStoreGate(logger, "The answer cache of " + api, clock,
				Duration.ofSeconds(RETRY_INTERVAL_SECONDS));
	}

	/** The store of an API, or {@code null} if its answers are not cached. */
	static @Nullable AnswerStore of(@Nullable AnswerCaching caching, String api, Clock clock, LookupListener listener) {
		if (caching == null) {
			return null;
		}
		Duration timeToLive = caching.timeToLiveOf(api);
		return (timeToLive != null) ? new AnswerStore(caching.cache(), api, timeToLive, clock, listener) : null;
	}

	/** The usable cached answers of the given inputs; blocks on the store. */
	<T> Map<String, ItemResult<String, T>> read(CachedLookup<T> lookup, Collection<String> inputs) {
		Map<String, ItemResult<String, T>> found = new LinkedHashMap<>();
		if (inputs.isEmpty()) {
			return found;
		}
		JavaType type = JSON.getTypeFactory().constructType(lookup.valueType().getType());
		long now = this.clock.millis();
		for (String input : inputs) {
			ItemResult<String, T> result = read(lookup.keyOf(input), input, type, now);
			if (result != null) {
				found.put(input, result);
			}
		}
		this.listener.cacheHits(this.api, found.size());
		this.listener.cacheMisses(this.api, inputs.size() - found.size());
		return found;
	}

	private <T> @Nullable ItemResult<String, T> read(String key, String input, JavaType type, long now) {
		if (!this.gate.isOpen()) {
			return null;
		}
		String text;
		try {
			text = this.cache.get(this.api, key);
		}
		catch (RuntimeException ex) {
			this.gate.failed(ex, INSTEAD);
			return null;
		}
		this.gate.answered();
		if (text == null) {
			return null;
		}
		try {
			JsonNode answer = JSON.readTree(text);
			if (answer.path("expiresAt").asLong(0) <= now) {
				return null;
			}
			JsonNode notFound = answer.get("notFound");
			if (notFound != null) {
				return ItemResult.failure(input, new ItemError(ItemError.Kind.NOT_FOUND,
						notFound.path("code").isString() ? notFound.path("code").asString() : null,
						notFound.path("description").asString("Cisco returned no data for this input")));
			}
			T value = JSON.treeToValue(answer.get("value"), type);
			return (value != null) ? ItemResult.success(input, value) : null;
		}
		catch (RuntimeException ex) {
			// An entry that does not read back (written by another version): a miss, the store is fine.
			logger.warn("Could not read the cached " + this.api + " answer " + key + ", asking Cisco: " + ex);
			return null;
		}
	}

	/** Stores the values and {@code NOT_FOUND} errors among the results; blocks on the store. */
	<T> void write(CachedLookup<T> lookup, Map<String, ItemResult<String, T>> results) {
		long expiresAt = Instant.now(this.clock).plus(this.timeToLive).toEpochMilli();
		results.forEach((input, result) -> {
			if (!this.gate.isOpen()) {
				return;
			}
			String key = lookup.keyOf(input);
			String text;
			try {
				ObjectNode answer = answerOf(result);
				if (answer == null) {
					return;
				}
				answer.put("expiresAt", expiresAt);
				text = JSON.writeValueAsString(answer);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not write the " + this.api + " answer " + key + " as JSON: " + ex);
				return;
			}
			try {
				this.cache.put(this.api, key, text, this.timeToLive);
				this.gate.answered();
			}
			catch (RuntimeException ex) {
				this.gate.failed(ex, INSTEAD);
			}
		});
	}

	private static @Nullable ObjectNode answerOf(ItemResult<String, ?> result) {
		ObjectNode answer = JSON.createObjectNode();
		ItemError error = result.error();
		if (error == null) {
			answer.set("value", JSON.valueToTree(result.value()));
			return answer;
		}
		if (error.kind() != ItemError.Kind.NOT_FOUND) {
			return null;
		}
		ObjectNode notFound = answer.putObject("notFound");
		notFound.put("code", error.code());
		notFound.put("description", error.description());
		return answer;
	}

}
