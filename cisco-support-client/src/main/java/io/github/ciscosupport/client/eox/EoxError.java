package io.github.ciscosupport.client.eox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.ItemError;
import org.jspecify.annotations.Nullable;

/**
 * An {@code EOXError} block, at the top level of a response or attached to a record.
 *
 * @param errorId the Cisco error code ({@code SSA_ERR_026}, ...)
 * @param description Cisco's description
 * @param dataType what kind of input the error is about ({@code PRODUCT_ID}, ...)
 * @param dataValue the input(s) the error is about, comma-joined
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EoxError(@JsonProperty("ErrorID") @Nullable String errorId,
		@JsonProperty("ErrorDescription") @Nullable String description,
		@JsonProperty("ErrorDataType") @Nullable String dataType,
		@JsonProperty("ErrorDataValue") @Nullable String dataValue) {

	ItemError toItemError() {
		return ItemError.fromCisco(this.errorId, this.description);
	}

}
