package io.github.ciscosupport.client.asd;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImageDownload(@JsonProperty("imageGuid") @Nullable String imageGuid,
		@JsonProperty("imageName") @Nullable String imageName, @JsonProperty("url") @Nullable String url,
		@JsonProperty("token") @Nullable String token, @JsonProperty("exception") @Nullable AsdError exception) {

}
