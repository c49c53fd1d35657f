package io.github.ciscosupport.client.cases;

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
 * One page of a Case response: {@code cases} with a {@code pagination_response_record} (or, by
 * case IDs, a bare {@code count}), {@code caseDetail} for the details of one case, and the
 * {@code ErrorResponse} of the 403s Case answers validation errors with.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseResponse(
		@JsonProperty("cases") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<CaseSummary> cases,
		@JsonProperty("caseDetail") @Nullable CaseDetail caseDetail,
		@JsonProperty("pagination_response_record") @Nullable PageInfo pagination,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse) implements Paged, ApiResponseBody {

	CaseResponse {
		cases = (cases != null) ? cases : List.of();
	}

	List<CaseDetail> details() {
		return (this.caseDetail != null) ? List.of(this.caseDetail) : List.of();
	}

	@Override
	public List<ItemError> topLevelErrors() {
		return ErrorResponse.itemErrors(this.errorResponse);
	}

}
