package io.github.ciscosupport.client.psirt;

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
 * One page of a PSIRT answer: {@code advisories}, a {@code paging} block with {@code next}
 * and {@code prev} links on paged queries, or the error envelope
 * {@code {"errorCode":…,"errorMessage":…}} of a 404 ({@code NO_DATA_FOUND}) or a 406.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AdvisoryResponse(
		@JsonProperty("advisories") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<SecurityAdvisory> advisories,
		@JsonProperty("paging") @Nullable PageInfo pagination, @JsonProperty("errorCode") @Nullable String errorCode,
		@JsonProperty("errorMessage") @Nullable String errorMessage) implements Paged, ApiResponseBody {

	AdvisoryResponse {
		advisories = (advisories != null) ? advisories : List.of();
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return (this.errorCode != null) ? List.of(ItemError.fromCisco(this.errorCode, this.errorMessage)) : List.of();
	}

}
