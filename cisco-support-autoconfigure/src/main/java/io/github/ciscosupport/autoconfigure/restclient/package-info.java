/**
 * Auto-configuration of the Cisco Support {@code RestClient}.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.restclient;

import org.jspecify.annotations.NullMarked;
