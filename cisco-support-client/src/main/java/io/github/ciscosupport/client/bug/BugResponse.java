package io.github.ciscosupport.client.bug;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.batch.ApiResponseBody;
import io.github.ciscosupport.client.ErrorResponse;
import io.github.ciscosupport.client.ItemError;
import io.github.ciscosupport.client.internal.paging.PageInfo;
import io.github.ciscosupport.client.internal.paging.Paged;
import org.jspecify.annotations.Nullable;

/**
 * One page of a Bug response: {@code bugs}, a {@code pagination_response_record} (absent from
 * lookups by bug ID; {@code last_index} 0 on an empty result), and an {@code ErrorResponse} in
 * 200 and 400 bodies alike.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BugResponse(
		@JsonProperty("bugs") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Bug> bugs,
		@JsonProperty("pagination_response_record") @Nullable PageInfo pagination,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse) implements Paged, ApiResponseBody {

	BugResponse {
		bugs = (bugs != null) ? bugs : List.of();
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return ErrorResponse.itemErrors(this.errorResponse);
	}

}
