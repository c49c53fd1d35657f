package io.github.ciscosupport.sample.servlet;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "spring.threads.virtual.enabled=true")
class VirtualThreadsOnTests extends BlockingExampleTests {

	@Override
	boolean virtualThreads() {
		return true;
	}

}
