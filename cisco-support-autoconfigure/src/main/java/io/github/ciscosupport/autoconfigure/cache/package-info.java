/**
 * Cached answers of the typed clients through Spring's cache abstraction.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.cache;

import org.jspecify.annotations.NullMarked;
