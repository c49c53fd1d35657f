package io.github.ciscosupport.sample;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The sample, and the simulator and test support it runs with, use the client library's public
 * API only (the auto-configuration checks itself in its own module).
 */
@AnalyzeClasses(packages = { "io.github.ciscosupport.sample", "io.github.ciscosupport.test" },
		importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule nothingOutsideTheClientUsesItsInternals = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("io.github.ciscosupport.client.internal..")
		.because("client.internal may change in any release");

}
