package io.github.ciscosupport.client.asd;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.batch.ApiResponseBody;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a K9 or EULA compliance call.
 *
 * @param statusCode Cisco's status ({@code SUCCESS})
 * @param statusMessage Cisco's message
 * @param exception the error of an HTTP 400; results handed out never have one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComplianceResult(@JsonProperty("statusCode") @Nullable String statusCode,
		@JsonProperty("statusMessage") @Nullable String statusMessage,
		@JsonProperty("exception") @Nullable AsdError exception,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) implements ApiResponseBody {

	public ComplianceResult {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return AsdError.itemErrors(this.exception);
	}

}
