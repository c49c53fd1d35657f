/**
 * Plumbing shared by the client's packages. Not an API: it may change in any release, and
 * nothing outside the client library should use it.
 */
@NullMarked
package io.github.ciscosupport.client.internal;

import org.jspecify.annotations.NullMarked;
