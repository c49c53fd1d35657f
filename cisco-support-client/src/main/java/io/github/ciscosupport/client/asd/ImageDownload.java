package io.github.ciscosupport.client.asd;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ciscosupport.client.internal.json.UnknownFields;
import org.jspecify.annotations.Nullable;

/**
 * The download URL of an image.
 *
 * @param imageGuid the image GUID
 * @param imageName the file name
 * @param url the download URL, valid for a limited time
 * @param token the download token
 * @param exception the error Cisco put in place of the URL; downloads handed out as values never
 * have one
 * @param unknownFields the fields Cisco sent that this record does not model, by their JSON
 * names; empty when there are none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageDownload(@JsonProperty("imageGuid") @Nullable String imageGuid,
		@JsonProperty("imageName") @Nullable String imageName, @JsonProperty("url") @Nullable String url,
		@JsonProperty("token") @Nullable String token, @JsonProperty("exception") @Nullable AsdError exception,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {

	public ImageDownload {
		unknownFields = UnknownFields.copyOf(unknownFields);
	}

}
