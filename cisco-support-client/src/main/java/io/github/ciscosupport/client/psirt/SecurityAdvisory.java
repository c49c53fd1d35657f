package io.github.ciscosupport.client.psirt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.CiscoDateTimeDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A Cisco security advisory. The list fields are arrays in real data although Cisco's OpenAPI
 * document declares them as strings; both read as lists, never {@code null}. Fields Cisco omits
 * are {@code null}.
 *
 * @param advisoryId the advisory ID ({@code cisco-sa-lsplus-Z6AQEOjk})
 * @param advisoryTitle the title
 * @param bugIds the Cisco bug IDs
 * @param cveIds the CVE IDs
 * @param cwes the CWE IDs
 * @param ipsSignatures the IPS signatures ({@code NA} when there are none)
 * @param cvssBaseScore the CVSS base score, as Cisco sends it ({@code "8.6"})
 * @param sir the security impact rating ({@code Critical}, {@code High}, {@code Medium},
 * {@code Low}, {@code Informational})
 * @param status {@code Final} or {@code Interim}
 * @param version the advisory version ({@code 1.1})
 * @param firstPublished when it was first published (converted to UTC when Cisco gives an
 * offset)
 * @param lastUpdated when it was last updated
 * @param productNames the affected products
 * @param publicationUrl the advisory page
 * @param cvrfUrl the CVRF document
 * @param csafUrl the CSAF document
 * @param summary the HTML summary
 * @param platforms OS queries only: the affected platforms and their first fixes
 * @param firstFixed OS queries only: the first fixed releases
 * @param iosReleases IOS and IOS XE queries only: the releases queried
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SecurityAdvisory(@JsonProperty("advisoryId") @Nullable String advisoryId,
		@JsonProperty("advisoryTitle") @Nullable String advisoryTitle,
		@JsonProperty("bugIDs") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> bugIds,
		@JsonProperty("cves") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> cveIds,
		@JsonProperty("cwe") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> cwes,
		@JsonProperty("ipsSignatures") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> ipsSignatures,
		@JsonProperty("cvssBaseScore") @Nullable String cvssBaseScore, @JsonProperty("sir") @Nullable String sir,
		@JsonProperty("status") @Nullable String status, @JsonProperty("version") @Nullable String version,
		@JsonProperty("firstPublished") @JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime firstPublished,
		@JsonProperty("lastUpdated") @JsonDeserialize(using = CiscoDateTimeDeserializer.class) @Nullable LocalDateTime lastUpdated,
		@JsonProperty("productNames") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> productNames,
		@JsonProperty("publicationUrl") @Nullable String publicationUrl, @JsonProperty("cvrfUrl") @Nullable String cvrfUrl,
		@JsonProperty("csafUrl") @Nullable String csafUrl, @JsonProperty("summary") @Nullable String summary,
		@JsonProperty("platforms") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Platform> platforms,
		@JsonProperty("firstFixed") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> firstFixed,
		@JsonProperty("iosRelease") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> iosReleases,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SecurityAdvisory {
		unknownFields = UnknownFields.copyOf(unknownFields);
		bugIds = orEmpty(bugIds);
		cveIds = orEmpty(cveIds);
		cwes = orEmpty(cwes);
		ipsSignatures = orEmpty(ipsSignatures);
		productNames = orEmpty(productNames);
		platforms = orEmpty(platforms);
		firstFixed = orEmpty(firstFixed);
		iosReleases = orEmpty(iosReleases);
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * A platform an advisory affects, in answers to OS queries.
	 *
	 * @param id Cisco's platform ID
	 * @param name the platform name
	 * @param firstFixes the first releases that fix the vulnerability on this platform
	 * @param vulnerabilityState {@code Vulnerable}, {@code Not vulnerable}...
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Platform(@JsonProperty("id") @Nullable String id, @JsonProperty("name") @Nullable String name,
			@JsonProperty("firstFixes") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Release> firstFixes,
			@JsonProperty("vulnerabilityState") @Nullable String vulnerabilityState,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Platform {
			unknownFields = UnknownFields.copyOf(unknownFields);
			firstFixes = orEmpty(firstFixes);
		}

	}

	/**
	 * A software release named in an advisory.
	 *
	 * @param id Cisco's release ID
	 * @param name the release ({@code 17.3.4a})
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Release(@JsonProperty("id") @Nullable String id, @JsonProperty("name") @Nullable String name,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Release {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

}
