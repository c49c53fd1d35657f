package io.github.ciscosupport.client.asd;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.batch.ApiResponseBody;
import io.github.ciscosupport.client.ItemError;
import org.jspecify.annotations.Nullable;

/**
 * An ASD download answer: one {@code downloads} item per image GUID, or the {@code exception} of
 * an HTTP 400.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DownloadResponse(
		@JsonProperty("downloads") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<ImageDownload> downloads,
		@JsonProperty("exception") @Nullable AsdError exception) implements ApiResponseBody {

	DownloadResponse {
		downloads = (downloads != null) ? downloads : List.of();
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return AsdError.itemErrors(this.exception);
	}

}
