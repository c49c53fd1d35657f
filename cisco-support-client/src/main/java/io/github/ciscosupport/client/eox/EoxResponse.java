package io.github.ciscosupport.client.eox;

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
 * One page of an EoX response. {@code EOXRecord} may be a list, a single bare object or
 * {@code null}; a top-level {@code EOXError} comes without pagination.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EoxResponse(@JsonProperty("PaginationResponseRecord") @Nullable PageInfo pagination,
		@JsonProperty("EOXRecord") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<EoxRecord> records,
		@JsonProperty("EOXError") @Nullable EoxError error) implements Paged, ApiResponseBody {

	EoxResponse {
		records = (records != null) ? records : List.of();
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return (this.error != null) ? List.of(this.error.toItemError()) : List.of();
	}

}
