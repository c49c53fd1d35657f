package io.github.ciscosupport.client.rma;

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
 * One page of an RMA response. By RMA number: {@code APIPagination} (string values),
 * {@code returns.RmaRecord[]} and {@code APIError.Error[]} inside HTTP 200. By user: the same
 * blocks with {@code users[].returns[]}, all wrapped in {@code {"OrderList":{…}}}, which is read
 * as a nested response.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RmaResponse(@JsonProperty("APIPagination") @Nullable PageInfo ownPagination,
		@JsonProperty("returns") @Nullable Returns returns,
		@JsonProperty("users") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable List<User> users,
		@JsonProperty("APIError") @Nullable ApiErrors apiError,
		@JsonProperty("OrderList") @Nullable RmaResponse orderList) implements Paged, ApiResponseBody {

	@Override
	public @Nullable PageInfo pagination() {
		return (this.orderList != null) ? this.orderList.pagination() : this.ownPagination;
	}

	@Override
	public List<ItemError> topLevelErrors() {
		if (this.orderList != null) {
			return this.orderList.topLevelErrors();
		}
		return errors().stream().map(RmaError::toItemError).toList();
	}

	List<RmaError> errors() {
		if (this.orderList != null) {
			return this.orderList.errors();
		}
		return (this.apiError != null) ? this.apiError.errors() : List.of();
	}

	List<RmaDetail> records() {
		return (this.returns != null) ? this.returns.records() : List.of();
	}

	List<RmaSummary> userReturns() {
		if (this.orderList != null) {
			return this.orderList.userReturns();
		}
		return (this.users != null) ? this.users.stream().flatMap((user) -> user.returns().stream()).toList() : List.of();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Returns(
			@JsonProperty("RmaRecord") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<RmaDetail> records) {

		Returns {
			records = (records != null) ? records : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record User(@JsonProperty("userId") @Nullable String userId,
			@JsonProperty("returns") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<RmaSummary> returns) {

		User {
			returns = (returns != null) ? returns : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ApiErrors(
			@JsonProperty("Error") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<RmaError> errors) {

		ApiErrors {
			errors = (errors != null) ? errors : List.of();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record RmaError(@JsonProperty("errorCode") @Nullable String errorCode,
			@JsonProperty("errorDescription") @Nullable String errorDescription,
			@JsonProperty("inputIdentifier") @Nullable String inputIdentifier) {

		ItemError toItemError() {
			return ItemError.fromCisco(this.errorCode, this.errorDescription);
		}

	}

}
