/**
 * Spring Boot auto-configuration of the Cisco Support APIs client: the {@code cisco.support.*}
 * properties, the connection details, the {@code ciscoSupportClient} and the beans taken from it,
 * and the failure analysis of a misconfiguration.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure;

import org.jspecify.annotations.NullMarked;
