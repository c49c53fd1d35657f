package io.github.ciscosupport.client.coverage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.ErrorResponse;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;

/**
 * The orderable product IDs of a serial number.
 *
 * @param serialNumber the serial number
 * @param orderableProducts its orderable product IDs (never null)
 * @param errorResponse the error Cisco attached to the item; items handed out as values never
 * have one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderableIdentifiers(@JsonProperty("sr_no") @Nullable String serialNumber,
		@JsonProperty("orderable_pid_list") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<OrderableProduct> orderableProducts,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public OrderableIdentifiers {
		unknownFields = UnknownFields.copyOf(unknownFields);
		orderableProducts = (orderableProducts != null) ? List.copyOf(orderableProducts) : List.of();
	}

}
