package io.github.ciscosupport.client.product;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.ErrorResponse;
import io.github.ciscosupport.client.internal.json.CiscoDateDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Product information of a serial number or product ID. Fields Cisco has no value for are
 * omitted from its payloads and {@code null} here.
 *
 * @param id the record number in the response
 * @param serialNumber the serial number, for lookups by serial number
 * @param baseProductId the base product ID
 * @param orderableProductId the orderable product ID
 * @param productId the product ID, for lookups by product ID
 * @param productName the product name
 * @param productType the product type ({@code Switches}...)
 * @param productSeries the product series
 * @param productCategory the product category
 * @param productSubcategory the product subcategory
 * @param releaseDate when the product was released
 * @param orderableStatus whether it can be ordered ({@code Orderable}, {@code Not Orderable},
 * {@code EOX}...)
 * @param dimensions its dimensions
 * @param weight its weight, with unit
 * @param formFactor its form factor
 * @param productSupportPage the product support page on cisco.com
 * @param visioStencilUrl where to download its Visio stencils
 * @param richMediaUrls product images
 * @param errorResponse the error Cisco attached to the item; items handed out as values never
 * have one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductInfo(@JsonProperty("id") @Nullable String id,
		@JsonProperty("sr_no") @Nullable String serialNumber,
		@JsonProperty("base_pid") @Nullable String baseProductId,
		@JsonProperty("orderable_pid") @Nullable String orderableProductId,
		@JsonProperty("product_id") @Nullable String productId,
		@JsonProperty("product_name") @Nullable String productName,
		@JsonProperty("product_type") @Nullable String productType,
		@JsonProperty("product_series") @Nullable String productSeries,
		@JsonProperty("product_category") @Nullable String productCategory,
		@JsonProperty("product_subcategory") @Nullable String productSubcategory,
		@JsonProperty("release_date") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate releaseDate,
		@JsonProperty("orderable_status") @Nullable String orderableStatus,
		@JsonProperty("dimensions") @Nullable Dimensions dimensions,
		@JsonProperty("weight") @Nullable String weight,
		@JsonProperty("form_factor") @Nullable String formFactor,
		@JsonProperty("product_support_page") @Nullable String productSupportPage,
		@JsonProperty("visio_stencil_url") @Nullable String visioStencilUrl,
		@JsonProperty("rich_media_urls") @Nullable RichMediaUrls richMediaUrls,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ProductInfo {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

	/**
	 * Product dimensions.
	 *
	 * @param format the format of the value ({@code H x W x D})
	 * @param value the dimensions, with unit
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Dimensions(@JsonProperty("dimensions_format") @Nullable String format,
			@JsonProperty("dimensions_value") @Nullable String value,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Dimensions {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

	/**
	 * Product images.
	 *
	 * @param largeImageUrl the large image
	 * @param smallImageUrl the small image
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record RichMediaUrls(@JsonProperty("large_image_url") @Nullable String largeImageUrl,
			@JsonProperty("small_image_url") @Nullable String smallImageUrl,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public RichMediaUrls {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

}
