package io.github.ciscosupport.client.coverage;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;

/**
 * An orderable product ID of a serial number or instance.
 *
 * @param orderableProductId the orderable product ID
 * @param itemDescription its description
 * @param itemPosition its position in the configuration ({@code P} for the parent...)
 * @param itemType its type ({@code CHASSIS}...)
 * @param pillarCode the service pillar codes, comma-joined ({@code "1,2,3"})
 * @param pillarDescription what the pillar is ({@code TAC SUPPORT}...)
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderableProduct(@JsonProperty("orderable_pid") @Nullable String orderableProductId,
		@JsonProperty("item_description") @Nullable String itemDescription,
		@JsonProperty("item_position") @Nullable String itemPosition,
		@JsonProperty("item_type") @Nullable String itemType,
		@JsonProperty("pillar_code") @Nullable String pillarCode,
		@JsonProperty("pillar_description") @Nullable String pillarDescription,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public OrderableProduct {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

}
