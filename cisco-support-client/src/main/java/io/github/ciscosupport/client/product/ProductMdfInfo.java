package io.github.ciscosupport.client.product;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.ErrorResponse;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;

/**
 * The Cisco Metadata Framework (MDF) names of a product ID, as used across cisco.com.
 *
 * @param id the record number in the response
 * @param productId the product ID
 * @param productName the product name
 * @param productNameMdf its MDF name
 * @param productSeries the product series
 * @param productSeriesMdf its MDF name
 * @param errorResponse the error Cisco attached to the item; items handed out as values never
 * have one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductMdfInfo(@JsonProperty("id") @Nullable String id,
		@JsonProperty("product_id") @Nullable String productId,
		@JsonProperty("product_name") @Nullable String productName,
		@JsonProperty("product_name_mdf") @Nullable String productNameMdf,
		@JsonProperty("product_series") @Nullable String productSeries,
		@JsonProperty("product_series_mdf") @Nullable String productSeriesMdf,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ProductMdfInfo {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

}
