package io.github.ciscosupport.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/**
 * Applies the {@link CiscoSupportTest#properties() properties} of {@link CiscoSupportTest}.
 */
class CiscoSupportTestContextBootstrapper extends TestSliceTestContextBootstrapper<CiscoSupportTest> {

}
