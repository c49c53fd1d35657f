package io.github.ciscosupport.client.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.ErrorResponse;
import io.github.ciscosupport.client.internal.json.CiscoBooleanDeserializer;
import io.github.ciscosupport.client.internal.json.CiscoDateDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The coverage summary of a serial number or an instance number: contract, warranty, site and
 * products. Payloads are sparse: an uncovered serial number has little more than
 * {@code covered} {@code false}.
 *
 * @param id the record number in the response
 * @param serialNumber the serial number ({@code sr_no})
 * @param parentSerialNumber the serial number of the parent (chassis), if any
 * @param instanceNumber the instance number, for lookups by instance number
 * @param parentInstanceNumber the instance number of the parent, if any
 * @param covered whether a service contract covers it
 * @param baseProducts its base product IDs (never null)
 * @param orderableProducts its orderable product IDs (never null)
 * @param contractSiteCustomerName the customer of the contract site
 * @param contractSiteAddress1 the address of the contract site
 * @param contractSiteCity its city
 * @param contractSiteStateProvince its state or province
 * @param contractSiteCountry its country
 * @param contractSitePostalCode its postal code
 * @param coveredProductLineEndDate when the covered product line ends
 * @param serviceContractNumber the service contract number
 * @param serviceLineDescription the service level ({@code CX LEVEL 2 8X5XNBD}...)
 * @param warrantyEndDate when the warranty ends
 * @param warrantyType the warranty type
 * @param warrantyTypeDescription its description (often a link)
 * @param errorResponse the error Cisco attached to the item; items handed out as values never
 * have one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoverageSummary(@JsonProperty("id") @Nullable String id,
		@JsonProperty("sr_no") @Nullable String serialNumber,
		@JsonProperty("parent_sr_no") @Nullable String parentSerialNumber,
		@JsonProperty("instance_number") @Nullable String instanceNumber,
		@JsonProperty("parent_instance_number") @JsonAlias("parent_instance_no") @Nullable String parentInstanceNumber,
		@JsonProperty("is_covered") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean covered,
		@JsonProperty("base_pid_list") @JsonAlias("base_pid") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BaseProduct> baseProducts,
		@JsonProperty("orderable_pid_list") @JsonAlias("orderable_pid") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<OrderableProduct> orderableProducts,
		@JsonProperty("contract_site_customer_name") @Nullable String contractSiteCustomerName,
		@JsonProperty("contract_site_address1") @Nullable String contractSiteAddress1,
		@JsonProperty("contract_site_city") @Nullable String contractSiteCity,
		@JsonProperty("contract_site_state_province") @Nullable String contractSiteStateProvince,
		@JsonProperty("contract_site_country") @Nullable String contractSiteCountry,
		@JsonProperty("contract_site_postal_code") @Nullable String contractSitePostalCode,
		@JsonProperty("covered_product_line_end_date") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate coveredProductLineEndDate,
		@JsonProperty("service_contract_number") @Nullable String serviceContractNumber,
		@JsonProperty("service_line_descr") @Nullable String serviceLineDescription,
		@JsonProperty("warranty_end_date") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate warrantyEndDate,
		@JsonProperty("warranty_type") @Nullable String warrantyType,
		@JsonProperty("warranty_type_description") @Nullable String warrantyTypeDescription,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public CoverageSummary {
		unknownFields = UnknownFields.copyOf(unknownFields);
		baseProducts = (baseProducts != null) ? List.copyOf(baseProducts) : List.of();
		orderableProducts = (orderableProducts != null) ? List.copyOf(orderableProducts) : List.of();
	}

}
