package io.github.ciscosupport.client.internal.aot;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

class CiscoSupportRuntimeHintsTests {

	/** The client packages whose records Jackson binds: one per Cisco API. */
	private static final List<String> API_PACKAGES = List.of("eox", "coverage", "product", "bug", "software", "psirt",
			"cases", "rma", "asd");

	@Test
	void registrarIsFoundByAotProcessing() {
		List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class);

		assertThat(registrars).hasAtLeastOneElementOfType(CiscoSupportRuntimeHints.class);
	}

	@Test
	void boundTypesGetBindingHintsForThemselvesAndWhatTheyContain() {
		RuntimeHints hints = new RuntimeHints();
		new CiscoSupportRuntimeHints().registerBindingHints(hints, List.of(SampleReply.class));

		assertThat(RuntimeHintsPredicates.reflection().onType(SampleReply.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(SampleRecord.class)).accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(SampleRecord.class, "serialNumber"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.reflection().onType(SampleStatus.class)).accepts(hints);
	}

	@Test
	void everyRecordOfTheApiPackagesIsCovered() {
		RuntimeHints hints = new RuntimeHints();
		new CiscoSupportRuntimeHints().registerHints(hints, getClass().getClassLoader());

		Set<Class<?>> records = apiRecords();
		assertThat(records).allSatisfy((type) -> assertThat(RuntimeHintsPredicates.reflection().onType(type))
			.as("%s is bound by Jackson: add it (or the record that contains it) to CiscoSupportRuntimeHints.BOUND_TYPES",
					type.getName())
			.accepts(hints));
	}

	private static Set<Class<?>> apiRecords() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}

		};
		// Records of the library only, not those of its own tests, which share its packages.
		scanner.addIncludeFilter((reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName())
				&& !reader.getResource().getDescription().contains("test-classes"));
		return API_PACKAGES.stream()
			.flatMap((api) -> scanner.findCandidateComponents("io.github.ciscosupport.client." + api).stream())
			.map(BeanDefinition::getBeanClassName)
			.map((name) -> ClassUtils.resolveClassName(name, CiscoSupportRuntimeHintsTests.class.getClassLoader()))
			.collect(Collectors.toSet());
	}

	record SampleReply(List<SampleRecord> records) {
	}

	record SampleRecord(String serialNumber, SampleStatus status) {
	}

	enum SampleStatus {

		ACTIVE, EXPIRED

	}

}
