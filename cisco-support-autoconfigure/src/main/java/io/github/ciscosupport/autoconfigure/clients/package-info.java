/**
 * The typed clients of the {@code ciscoSupportClient} as beans.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.clients;

import org.jspecify.annotations.NullMarked;
