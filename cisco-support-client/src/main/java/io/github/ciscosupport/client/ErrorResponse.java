package io.github.ciscosupport.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ErrorResponse} block of SN2INFO, Product Info and Bug:
 * {@code {"APIError":[{"ErrorCode":…,"ErrorDescription":…,"SuggestedAction":…}]}}. The
 * {@code APIError} is a list at the top level of a response but a single object inside an item;
 * both read as a list.
 *
 * @param apiErrors the errors, never null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorResponse(
		@JsonProperty("APIError") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<ApiError> apiErrors) {

	public ErrorResponse {
		apiErrors = (apiErrors != null) ? List.copyOf(apiErrors) : List.of();
	}

	/**
	 * The errors as item errors.
	 * @param errorResponse an error block, possibly absent
	 * @return its errors, empty if it is absent
	 */
	public static List<ItemError> itemErrors(@Nullable ErrorResponse errorResponse) {
		return (errorResponse != null) ? errorResponse.apiErrors().stream().map(ApiError::toItemError).toList()
				: List.of();
	}

	/**
	 * One error of an {@link ErrorResponse}.
	 *
	 * @param code the Cisco error code ({@code NO_RECORDS_FOUND}, {@code API_INVALID_INPUT}, ...)
	 * @param description Cisco's description
	 * @param suggestedAction what Cisco suggests doing about it
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ApiError(@JsonProperty("ErrorCode") @Nullable String code,
			@JsonProperty("ErrorDescription") @Nullable String description,
			@JsonProperty("SuggestedAction") @Nullable String suggestedAction) {

		ItemError toItemError() {
			return ItemError.fromCisco(this.code, this.description);
		}

	}

}
