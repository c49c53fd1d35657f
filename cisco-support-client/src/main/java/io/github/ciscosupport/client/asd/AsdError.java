package io.github.ciscosupport.client.asd;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.ItemError;
import org.jspecify.annotations.Nullable;

/**
 * ASD's error block, {@code "exception":{"errorCode":…,"errorDescription":…}}, of an HTTP 400 or of
 * one download.
 *
 * @param errorCode the code ({@code INVALID_PID}, {@code INVALID_IMAGE_GUID}...)
 * @param errorDescription Cisco's description
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AsdError(@JsonProperty("errorCode") @Nullable String errorCode,
		@JsonProperty("errorDescription") @Nullable String errorDescription) {

	static List<ItemError> itemErrors(@Nullable AsdError error) {
		return (error != null) ? List.of(ItemError.fromCisco(error.errorCode(), error.errorDescription())) : List.of();
	}

}
