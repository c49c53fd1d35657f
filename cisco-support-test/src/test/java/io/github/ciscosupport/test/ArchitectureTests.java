package io.github.ciscosupport.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.jspecify.annotations.NullMarked;

import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The test support uses the client library's public API only, as the application code it tests
 * does; its Spring packages are null-marked. The simulator's packages
 * ({@code io.github.ciscosupport.test.simulator}, {@code …test.junit}) are checked for the first
 * rule only: the simulator has no dependency but WireMock, and is not null-annotated.
 */
@AnalyzeClasses(packages = "io.github.ciscosupport.test", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule nothingUsesTheClientInternals = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("io.github.ciscosupport.client.internal..")
		.because("client.internal may change in any release");

	@ArchTest
	static final ArchRule springSupportIsNullMarked = classes().that()
		.resideInAnyPackage("io.github.ciscosupport.test.autoconfigure..", "io.github.ciscosupport.test.spring..")
		.should(be(DescribedPredicate.describe("in a package whose package-info.java is annotated @NullMarked",
				(JavaClass type) -> type.getPackage().isAnnotatedWith(NullMarked.class))));

}
