/**
 * A real Redis server for tests of applications that share Cisco quota across replicas.
 */
package io.github.ciscosupport.test.redis;
