/**
 * The rate budget shared by several instances in Redis ({@code cisco.support.rate-limit.store=redis}).
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.redis;

import org.jspecify.annotations.NullMarked;
