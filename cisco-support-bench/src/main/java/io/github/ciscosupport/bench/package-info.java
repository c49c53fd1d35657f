/**
 * Benchmarks of the client against loopback stubs and hand-made baselines.
 */
@NullMarked
package io.github.ciscosupport.bench;

import org.jspecify.annotations.NullMarked;
