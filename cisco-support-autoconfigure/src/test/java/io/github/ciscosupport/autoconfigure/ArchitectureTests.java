package io.github.ciscosupport.autoconfigure;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.boot.autoconfigure.AutoConfiguration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The auto-configuration uses the client library's public API only, and its auto-configuration
 * classes are as Spring Boot's own: final, with nothing public but constants.
 */
@AnalyzeClasses(packages = "io.github.ciscosupport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule nothingOutsideTheClientUsesItsInternals = noClasses().that()
		.resideOutsideOfPackage("io.github.ciscosupport.client..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.github.ciscosupport.client.internal..")
		.because("client.internal may change in any release");

	@ArchTest
	static final ArchRule autoConfigurationsAreFinal = classes().that()
		.areAnnotatedWith(AutoConfiguration.class)
		.should()
		.haveModifier(JavaModifier.FINAL);

	@ArchTest
	static final ArchRule autoConfigurationsHaveNoPublicMethods = methods().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(AutoConfiguration.class)
		.should()
		.notBePublic()
		.because("bean methods are package-private, as in Spring Boot");

}
