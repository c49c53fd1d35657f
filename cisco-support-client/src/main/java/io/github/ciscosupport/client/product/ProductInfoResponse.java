package io.github.ciscosupport.client.product;

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
 * One page of a Product Info response: items under {@code product_list}, a pagination block
 * that is all zeros even on success, and an {@code ErrorResponse} in 200 and 400 bodies alike.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProductInfoResponse<T>(@JsonProperty("pagination_response_record") @Nullable PageInfo pagination,
		@JsonProperty("product_list") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<T> items,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse) implements Paged, ApiResponseBody {

	ProductInfoResponse {
		items = (items != null) ? items : List.of();
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return ErrorResponse.itemErrors(this.errorResponse);
	}

}
