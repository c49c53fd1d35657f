/**
 * The {@code ciscoSupport} health indicator.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
