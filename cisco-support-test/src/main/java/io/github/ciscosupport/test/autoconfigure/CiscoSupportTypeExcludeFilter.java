package io.github.ciscosupport.test.autoconfigure;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;
import org.springframework.boot.webclient.WebClientCustomizer;

import io.github.ciscosupport.client.LookupListener;
import io.github.ciscosupport.client.auth.TokenFetchListener;
import io.github.ciscosupport.client.transport.TransportEvents;

/**
 * Keeps from the component scan of a {@link CiscoSupportTest} only the components under test and
 * the components that take part in the Cisco calls.
 */
class CiscoSupportTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<CiscoSupportTest> {

	private static final Class<?>[] NO_COMPONENTS = {};

	private final Class<?>[] components;

	CiscoSupportTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
		this.components = getAnnotation().getValue("components", Class[].class).orElse(NO_COMPONENTS);
	}

	@Override
	protected Set<Class<?>> getKnownIncludes() {
		return Set.of(TokenFetchListener.class, TransportEvents.class, LookupListener.class,
				WebClientCustomizer.class);
	}

	@Override
	protected Set<Class<?>> getComponentIncludes() {
		return new LinkedHashSet<>(Arrays.asList(this.components));
	}

}
