package io.github.ciscosupport.client.software;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.batch.ApiResponseBody;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.internal.paging.PageInfo;
import io.github.ciscosupport.client.internal.paging.Paged;
import org.jspecify.annotations.Nullable;

/**
 * One page of a Software Suggestion response: {@code productList}, camelCase
 * {@code paginationResponseRecord}, and {@code status} with a top-level
 * {@code errorDetailsResponse} when the whole request failed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SuggestionResponse(@JsonProperty("status") @Nullable String status,
		@JsonProperty("paginationResponseRecord") @Nullable PageInfo pagination,
		@JsonProperty("productList") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<SoftwareSuggestion> items,
		@JsonProperty("errorDetailsResponse") @Nullable ErrorDetails errorDetails) implements Paged, ApiResponseBody {

	SuggestionResponse {
		items = (items != null) ? items : List.of();
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return (this.errorDetails != null) ? List.of(this.errorDetails.toItemError()) : List.of();
	}

}
