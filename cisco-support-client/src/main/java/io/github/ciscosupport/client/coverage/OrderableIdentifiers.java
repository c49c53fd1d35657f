package io.github.ciscosupport.client.coverage;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.batch.ErrorResponse;
import org.jspecify.annotations.Nullable;

/**
 * The orderable product IDs of a serial number.
 *
 * @param serialNumber the serial number
 * @param orderablePids its orderable product IDs (never null)
 * @param errorResponse the error Cisco attached to the item; items handed out as values never
 * have one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderableIdentifiers(@JsonProperty("sr_no") @Nullable String serialNumber,
		@JsonProperty("orderable_pid_list") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<OrderableProduct> orderablePids,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse) {

	public OrderableIdentifiers {
		orderablePids = (orderablePids != null) ? List.copyOf(orderablePids) : List.of();
	}

}
