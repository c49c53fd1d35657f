package io.github.ciscosupport.client.rma;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A ship-to or bill-to address of an RMA.
 *
 * @param customerName the customer
 * @param address1 the street address
 * @param city the city
 * @param state the state or province
 * @param country the country
 * @param postalCode the postal code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RmaAddress(@JsonProperty("customerName") @Nullable String customerName,
		@JsonProperty("address1") @Nullable String address1, @JsonProperty("city") @Nullable String city,
		@JsonProperty("state") @Nullable String state, @JsonProperty("country") @Nullable String country,
		@JsonProperty("postalCode") @Nullable String postalCode) {

}
