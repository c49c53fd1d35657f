/**
 * The sample application: an inventory lifecycle and risk report built on the starter.
 */
@NullMarked
package io.github.ciscosupport.sample;

import org.jspecify.annotations.NullMarked;
