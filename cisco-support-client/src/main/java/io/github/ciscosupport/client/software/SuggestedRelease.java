package io.github.ciscosupport.client.software;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.CiscoBooleanDeserializer;
import io.github.ciscosupport.client.internal.json.CiscoDateDeserializer;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A release Cisco suggests (or, for compatible upgrades, offers). Cisco omits empty fields,
 * which are {@code null} here.
 *
 * @param id the suggestion number
 * @param suggested whether Cisco marks it suggested ({@code "Y"}/{@code "N"})
 * @param releaseFormat1 the release, {@code 15.0(2)SE11} style
 * @param releaseFormat2 the release, {@code 15.0.2SE11} style
 * @param releaseDate when it was released ({@code 19-May-2017} in the payload)
 * @param majorRelease the major release ({@code 15.0})
 * @param releaseTrain the release train ({@code SE})
 * @param releaseLifeCycle the life-cycle stage ({@code GD}, {@code ED}...)
 * @param releaseDisplayName the release as cisco.com shows it
 * @param trainDisplayName the train as cisco.com shows it
 * @param images the images of the release; absent from release-only suggestions
 * @param errorDetails the error Cisco put in place of a suggestion; releases handed out as values
 * never have one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SuggestedRelease(@JsonProperty("id") @Nullable String id,
		@JsonProperty("isSuggested") @JsonDeserialize(using = CiscoBooleanDeserializer.class) @Nullable Boolean suggested,
		@JsonProperty("releaseFormat1") @Nullable String releaseFormat1,
		@JsonProperty("releaseFormat2") @Nullable String releaseFormat2,
		@JsonProperty("releaseDate") @JsonDeserialize(using = CiscoDateDeserializer.class) @Nullable LocalDate releaseDate,
		@JsonProperty("majorRelease") @Nullable String majorRelease,
		@JsonProperty("releaseTrain") @Nullable String releaseTrain,
		@JsonProperty("releaseLifeCycle") @Nullable String releaseLifeCycle,
		@JsonProperty("relDispName") @Nullable String releaseDisplayName,
		@JsonProperty("trainDispName") @Nullable String trainDisplayName,
		@JsonProperty("images") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Image> images,
		@JsonProperty("errorDetailsResponse") @Nullable ErrorDetails errorDetails,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public SuggestedRelease {
		unknownFields = UnknownFields.copyOf(unknownFields);
		images = (images != null) ? List.copyOf(images) : List.of();
	}

	/**
	 * A software image of a release. Sizes are kept as Cisco sends them (strings).
	 *
	 * @param imageName the file name
	 * @param imageSize the size in bytes
	 * @param featureSet the feature set ({@code IP BASE})
	 * @param description the image description
	 * @param requiredDram the DRAM it needs, in MB
	 * @param requiredFlash the flash it needs, in MB
	 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
	 * names; empty when there are none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Image(@JsonProperty("imageName") @Nullable String imageName,
			@JsonProperty("imageSize") @Nullable String imageSize, @JsonProperty("featureSet") @Nullable String featureSet,
			@JsonProperty("description") @Nullable String description,
			@JsonProperty("requiredDRAM") @Nullable String requiredDram,
			@JsonProperty("requiredFlash") @Nullable String requiredFlash,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

		public Image {
			unknownFields = UnknownFields.copyOf(unknownFields);
		}

	}

}
