package io.github.ciscosupport.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata that IDEs read: generated from the properties' javadoc plus
 * {@code additional-spring-configuration-metadata.json}.
 */
class ConfigurationMetadataTests {

	private static final List<String> OUR_PREFIXES = List.of("cisco.support.", "management.health.cisco-support.");

	private final JsonNode metadata = read();

	@Test
	void everyPropertyHasADescription() {
		List<JsonNode> ours = properties().stream().filter((property) -> isOurs(property.get("name").asString())).toList();

		assertThat(ours).hasSizeGreaterThan(30);
		assertThat(ours).allSatisfy((property) -> assertThat(property.path("description").asString(""))
			.as(property.get("name").asString())
			.isNotBlank());
	}

	@Test
	void theHealthIndicatorSwitchIsDocumented() {
		assertThat(properties()).anySatisfy((property) -> {
			assertThat(property.get("name").asString()).isEqualTo("management.health.cisco-support.enabled");
			assertThat(property.get("defaultValue").asBoolean()).isTrue();
		});
	}

	@Test
	void clientAuthenticationValuesAreHinted() {
		assertThat(hintValues("cisco.support.client-authentication")).containsOnlyKeys("client-secret-post",
				"client-secret-basic");
	}

	@Test
	void perApiRateLimitNamesAreHinted() {
		assertThat(hintValues("cisco.support.rate-limit.per-api.keys")).containsKeys("psirt", "eox", "coverage")
			.allSatisfy((name, description) -> assertThat(description).isNotBlank());
	}

	@Test
	void retryAndTokenRetryShareOneShapeWithTheirOwnDefaults() {
		Map<String, String> defaults = properties().stream()
			.filter((property) -> property.has("defaultValue"))
			.collect(java.util.stream.Collectors.toMap((property) -> property.get("name").asString(),
					(property) -> property.get("defaultValue").asString()));

		assertThat(defaults).containsEntry("cisco.support.retry.max-attempts", "5")
			.containsEntry("cisco.support.retry.max-total-wait", "2m")
			.containsEntry("cisco.support.retry.backoff.initial", "1s")
			.containsEntry("cisco.support.retry.backoff.max", "30s")
			.containsEntry("cisco.support.retry.backoff.jitter", "0.5")
			.containsEntry("cisco.support.token-retry.max-attempts", "3")
			.containsEntry("cisco.support.token-retry.max-total-wait", "1m")
			.containsEntry("cisco.support.token-retry.backoff.initial", "1s")
			.containsEntry("cisco.support.token-retry.backoff.max", "10s")
			.containsEntry("cisco.support.token-retry.backoff.jitter", "0.5")
			.containsEntry("cisco.support.token-retry.invalid-client-retries", "0")
			.containsEntry("cisco.support.token-retry.invalid-client-retry-delay", "10s");
		assertThat(names("cisco.support.retry.")).isSubsetOf(names("cisco.support.token-retry."));
	}

	@Test
	void renamedRetryPropertiesNameTheirReplacement() {
		assertThat(properties()).filteredOn((property) -> property.has("deprecation"))
			.extracting((property) -> property.get("name").asString() + " -> "
					+ property.get("deprecation").get("replacement").asString() + " ("
					+ property.get("deprecation").get("level").asString() + ")")
			.contains("cisco.support.retry.initial-backoff -> cisco.support.retry.backoff.initial (error)",
					"cisco.support.retry.jitter -> cisco.support.retry.backoff.jitter (error)",
					"cisco.support.token-retry.max-backoff -> cisco.support.token-retry.backoff.max (error)");
	}

	/** The names of the non-deprecated properties under a prefix, without it. */
	private List<String> names(String prefix) {
		return properties().stream()
			.filter((property) -> !property.has("deprecation"))
			.map((property) -> property.get("name").asString())
			.filter((name) -> name.startsWith(prefix))
			.map((name) -> name.substring(prefix.length()))
			.toList();
	}

	private List<JsonNode> properties() {
		return StreamSupport.stream(this.metadata.get("properties").spliterator(), false).toList();
	}

	private Map<String, String> hintValues(String name) {
		JsonNode hint = StreamSupport.stream(this.metadata.get("hints").spliterator(), false)
			.filter((candidate) -> name.equals(candidate.get("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No hint for " + name));
		return StreamSupport.stream(hint.get("values").spliterator(), false)
			.collect(java.util.stream.Collectors.toMap((value) -> value.get("value").asString(),
					(value) -> value.path("description").asString("")));
	}

	private static boolean isOurs(String name) {
		return OUR_PREFIXES.stream().anyMatch(name::startsWith);
	}

	private static JsonNode read() {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The configuration processor wrote no metadata", ex);
		}
	}

}
