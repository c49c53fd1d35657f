package io.github.ciscosupport.client.coverage;

import java.time.LocalDate;
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
 * Whether a serial number is covered by a service contract, and, from the owner-status
 * lookup, whether the caller's company owns it.
 *
 * @param serialNumber the serial number
 * @param covered whether it is covered ({@code is_covered} {@code "YES"}/{@code "NO"})
 * @param coverageEndDate when its coverage ends; {@code null} when not covered
 * @param owner whether the caller's company is the owner ({@code sr_no_owner}); only set by
 * {@link CoverageClient#ownerStatusBySerialNumbers(java.util.List)}
 * @param errorResponse the error Cisco attached to the item; items handed out as values never
 * have one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoverageStatus(@JsonProperty("sr_no") @Nullable String serialNumber,
		@JsonProperty("is_covered") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean covered,
		@JsonProperty("coverage_end_date") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate coverageEndDate,
		@JsonProperty("sr_no_owner") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean owner,
		@JsonProperty("ErrorResponse") @Nullable ErrorResponse errorResponse,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public CoverageStatus {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

}
