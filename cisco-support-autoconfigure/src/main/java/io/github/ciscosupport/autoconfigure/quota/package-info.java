/**
 * The daily-quota state shared by every instance that uses the same Cisco key.
 */
@NullMarked
package io.github.ciscosupport.autoconfigure.quota;

import org.jspecify.annotations.NullMarked;
