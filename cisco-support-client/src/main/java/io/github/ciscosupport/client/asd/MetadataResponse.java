package io.github.ciscosupport.client.asd;

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
 * One page of an ASD metadata answer: {@code pagination}, the {@code metadataTransId} that a
 * download request must quote, and {@code metadata}; or the {@code exception} of an HTTP 400.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MetadataResponse(@JsonProperty("pagination") @Nullable PageInfo pagination,
		@JsonProperty("metadataTransId") @Nullable String metadataTransId,
		@JsonProperty("metadata") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<SoftwareMetadata> metadata,
		@JsonProperty("exception") @Nullable AsdError exception) implements Paged, ApiResponseBody {

	MetadataResponse {
		metadata = (metadata != null) ? metadata : List.of();
	}

	List<MetadataResult> results() {
		return this.metadata.stream().map((entry) -> new MetadataResult(this.metadataTransId, entry)).toList();
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return AsdError.itemErrors(this.exception);
	}

}
