package io.github.ciscosupport.client;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering of the client library: no Spring Boot, a transport and an authorization that know
 * no Cisco API, plumbing that knows no API either, and null-marked packages.
 */
@AnalyzeClasses(packages = "io.github.ciscosupport.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The packages of the nine Cisco APIs. */
	private static final String[] API_PACKAGES = { "..client.eox..", "..client.coverage..", "..client.product..",
			"..client.bug..", "..client.software..", "..client.psirt..", "..client.cases..", "..client.rma..",
			"..client.asd.." };

	@ArchTest
	static final ArchRule theLibraryKnowsNoSpringBoot = noClasses().should()
		.dependOnClassesThat()
		.resideInAPackage("org.springframework.boot..")
		.because("the client library is for applications with and without Spring Boot");

	@ArchTest
	static final ArchRule transportAndAuthorizationKnowNoApi = noClasses().that()
		.resideInAnyPackage("..client.transport..", "..client.internal.transport..", "..client.auth..",
				"..client.internal.auth..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(API_PACKAGES)
		.because("tokens, rate limits, retries and error mapping are the same for every API");

	@ArchTest
	static final ArchRule plumbingKnowsNoApi = noClasses().that()
		.resideInAPackage("..client.internal..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(API_PACKAGES)
		.because("the API packages build on the plumbing, never the other way round");

	@ArchTest
	static final ArchRule everyPackageIsNullMarked = classes().should(beInANullMarkedPackage());

	static ArchCondition<JavaClass> beInANullMarkedPackage() {
		return new ArchCondition<>("be in a package whose package-info.java is annotated @NullMarked") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean nullMarked = type.getPackage().isAnnotatedWith(NullMarked.class);
				events.add(new SimpleConditionEvent(type, nullMarked,
						type.getPackageName() + (nullMarked ? " is" : " is not") + " @NullMarked"));
			}

		};
	}

}
