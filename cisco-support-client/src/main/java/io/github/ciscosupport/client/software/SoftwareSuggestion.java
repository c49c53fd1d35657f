package io.github.ciscosupport.client.software;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;

/**
 * The suggestions for one software type of a product: an item of {@code productList}. A product
 * ID usually yields several, one per software type (IOS XE and NBAR2 protocol packs, for
 * instance).
 *
 * @param id the item number in the response
 * @param product the product and software type
 * @param suggestions the suggested releases, never null
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoftwareSuggestion(@JsonProperty("id") @Nullable String id,
		@JsonProperty("product") @Nullable SuggestedProduct product,
		@JsonProperty("suggestions") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<SuggestedRelease> suggestions,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SoftwareSuggestion {
		unknownFields = UnknownFields.copyOf(unknownFields);
		suggestions = (suggestions != null) ? List.copyOf(suggestions) : List.of();
	}

	/**
	 * The error Cisco put in a suggestion of this item, as for an unknown product ID.
	 * @return the first error, or {@code null}
	 */
	@Nullable ErrorDetails error() {
		return this.suggestions.stream()
			.map(SuggestedRelease::errorDetails)
			.filter((error) -> error != null)
			.findFirst()
			.orElse(null);
	}

	/**
	 * A product a suggestion is for.
	 *
	 * @param baseProductId the base product ID
	 * @param mdfId its Cisco Metadata Framework ID
	 * @param productName the product name
	 * @param softwareType the software type ({@code IOS XE Software}, {@code NBAR2 Protocol Pack}...)
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record SuggestedProduct(@JsonProperty("basePID") @Nullable String baseProductId,
			@JsonProperty("mdfId") @Nullable String mdfId, @JsonProperty("productName") @Nullable String productName,
			@JsonProperty("softwareType") @Nullable String softwareType,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public SuggestedProduct {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

}
