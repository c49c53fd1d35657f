/**
 * The starter's own meters, {@code cisco.support.*}.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
