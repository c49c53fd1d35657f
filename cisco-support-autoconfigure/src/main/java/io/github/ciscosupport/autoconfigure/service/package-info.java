/**
 * Auto-configuration of the HTTP service group {@code cisco-support}.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.service;

import org.jspecify.annotations.NullMarked;
