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
