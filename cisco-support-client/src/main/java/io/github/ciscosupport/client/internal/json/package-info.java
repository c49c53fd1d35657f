/**
 * Jackson deserializers that read the loosely typed values of the Cisco Support APIs (string
 * booleans, EoX date objects, empty strings for absent values) into proper Java types. They are
 * referenced from annotations on the records, so any default Jackson 3 {@code JsonMapper}, such
 * as the one behind Spring's {@code WebClient} codecs, reads the records correctly.
 * {@link io.github.ciscosupport.client.internal.json.UnknownFields} keeps what the records do not model.
 * <p>
 * Not an API: it may change in any release, and nothing outside the client library should use it.
 */
@NullMarked
package io.github.ciscosupport.client.internal.json;

import org.jspecify.annotations.NullMarked;
