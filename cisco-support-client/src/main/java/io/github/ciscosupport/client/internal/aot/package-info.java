/**
 * Native-image hints for the records the typed clients bind, registered in
 * {@code META-INF/spring/aot.factories} of the client jar. Not an API: it may change in any
 * release, and nothing outside the client library should use it.
 */
@NullMarked
package io.github.ciscosupport.client.internal.aot;

import org.jspecify.annotations.NullMarked;
