package io.github.ciscosupport.autoconfigure.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Applies the {@link CiscoSupportTest#properties() properties} of {@link CiscoSupportTest}.
 */
class CiscoSupportTestContextBootstrapper extends TestSliceTestContextBootstrapper<CiscoSupportTest> {

}
