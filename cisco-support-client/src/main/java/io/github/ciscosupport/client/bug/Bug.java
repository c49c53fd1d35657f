package io.github.ciscosupport.client.bug;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.ErrorResponse;
import io.github.ciscosupport.client.internal.json.CiscoBooleanDeserializer;
import io.github.ciscosupport.client.internal.json.CiscoDateDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Cisco bug. Cisco sends numbers and booleans as strings and omits or empties fields it has no
 * value for; those are {@code null} here.
 *
 * @param id the record number in the response
 * @param bugId the bug ID ({@code CSCvc57217})
 * @param headline the headline
 * @param description the description (symptom, conditions, workaround; several KB)
 * @param severity the severity, 1 (catastrophic) to 6 (enhancement)
 * @param status {@code O} (open), {@code F} (fixed) or {@code T} (terminated)
 * @param behaviorChanged whether the fix changes behaviour
 * @param duplicateOf the bug this one duplicates, or empty
 * @param createdDate when it was created
 * @param lastModifiedDate when it was last modified
 * @param product the product Cisco files it under
 * @param knownAffectedReleases the affected releases, space separated
 * @param knownFixedReleases the fixed releases, space separated
 * @param supportCaseCount how many support cases name it
 * @param baseProductId the base product ID, in searches by product ID
 * @param productName the product name, in searches by product name
 * @param productSeries the product series, in searches by product series
 * @param errorResponse the error Cisco attached to the item; bugs handed out as values never have
 * one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Bug(@JsonProperty("id") @Nullable String id, @JsonProperty("bug_id") @Nullable String bugId,
		@JsonProperty("headline") @Nullable String headline, @JsonProperty("description") @Nullable String description,
		@JsonProperty("severity") @Nullable Integer severity, @JsonProperty("status") @Nullable String status,
		@JsonProperty("behavior_changed") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean behaviorChanged,
		@JsonProperty("duplicate_of") @Nullable String duplicateOf,
		@JsonProperty("created_date") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate createdDate,
		@JsonProperty("last_modified_date") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate lastModifiedDate,
		@JsonProperty("product") @Nullable String product,
		@JsonProperty("known_affected_releases") @Nullable String knownAffectedReleases,
		@JsonProperty("known_fixed_releases") @Nullable String knownFixedReleases,
		@JsonProperty("support_case_count") @Nullable Integer supportCaseCount,
		@JsonProperty("base_pid") @Nullable String baseProductId,
		@JsonProperty("product_name") @Nullable String productName,
		@JsonProperty("product_series") @Nullable String productSeries,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public Bug {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

	/**
	 * The affected releases as a list.
	 * @return the releases of {@link #knownAffectedReleases()}, empty if there are none
	 */
	public List<String> affectedReleases() {
		return split(this.knownAffectedReleases);
	}

	/**
	 * The fixed releases as a list.
	 * @return the releases of {@link #knownFixedReleases()}, empty if there are none
	 */
	public List<String> fixedReleases() {
		return split(this.knownFixedReleases);
	}

	private static List<String> split(@Nullable String releases) {
		return (releases != null) ? Arrays.stream(releases.trim().split("\\s+")).filter((release) -> !release.isEmpty()).toList()
				: List.of();
	}

}
