package io.github.ciscosupport.autoconfigure;

import io.github.ciscosupport.client.CiscoSupportClient;

/**
 * Customizes the {@link CiscoSupportClient.Builder} of the auto-configured
 * {@code ciscoSupportClient} after the {@code cisco.support.*} properties were applied. Every
 * bean of this type is called, in {@code @Order}.
 */
@FunctionalInterface
public interface CiscoSupportClientBuilderCustomizer {

	/**
	 * Customizes the builder.
	 * @param builder the builder
	 */
	void customize(CiscoSupportClient.Builder builder);

}
