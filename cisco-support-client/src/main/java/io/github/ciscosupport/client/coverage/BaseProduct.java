package io.github.ciscosupport.client.coverage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A base product ID of a serial number or instance: an item of {@code base_pid_list}
 * ({@code {"base_pid":"C9410R"}}), or a bare string.
 *
 * @param basePid the base product ID
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BaseProduct(@JsonProperty("base_pid") @Nullable String basePid) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static BaseProduct of(String basePid) {
		return new BaseProduct(basePid);
	}

}
