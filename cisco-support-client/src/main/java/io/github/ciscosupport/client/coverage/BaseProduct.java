package io.github.ciscosupport.client.coverage;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;

/**
 * A base product ID of a serial number or instance: an item of {@code base_pid_list}
 * ({@code {"base_pid":"C9410R"}}), or a bare string.
 *
 * @param baseProductId the base product ID
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BaseProduct(@JsonProperty("base_pid") @Nullable String baseProductId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public BaseProduct {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static BaseProduct of(String baseProductId) {
		return new BaseProduct(baseProductId, Map.of());
	}

}
