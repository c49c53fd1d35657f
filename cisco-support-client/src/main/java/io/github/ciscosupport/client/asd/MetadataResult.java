package io.github.ciscosupport.client.asd;

import org.jspecify.annotations.Nullable;

/**
 * Software metadata with the transaction ID Cisco issued for it; download URLs are requested
 * with that ID.
 *
 * @param metadataTransId the transaction ID to pass to
 * {@link AsdClient#downloadUrlsByImageGuids(String, String, java.util.List)}
 * @param metadata the metadata
 */
public record MetadataResult(@Nullable String metadataTransId, SoftwareMetadata metadata) {

}
