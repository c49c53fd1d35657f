package io.github.ciscosupport.client.software;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.ItemError;
import org.jspecify.annotations.Nullable;

/**
 * Software Suggestion's {@code errorDetailsResponse}, at the top level of a response or in place
 * of a suggestion.
 *
 * @param errorCode the code ({@code S3_INV_BASEPID}, {@code S3_NO_SOFT_AVL}...)
 * @param errorDescription Cisco's description
 * @param suggestedAction what Cisco suggests doing
 * @param inputIdentifier the input the error is about
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorDetails(@JsonProperty("errorCode") @Nullable String errorCode,
		@JsonProperty("errorDescription") @Nullable String errorDescription,
		@JsonProperty("suggestedAction") @Nullable String suggestedAction,
		@JsonProperty("inputIdentifier") @Nullable String inputIdentifier) {

	ItemError toItemError() {
		return ItemError.fromCisco(this.errorCode, this.errorDescription);
	}

}
