package io.github.ciscosupport.sample.servlet;

import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "spring.threads.virtual.enabled=false")
class VirtualThreadsOffTests extends BlockingExampleTests {

	@Override
	boolean virtualThreads() {
		return false;
	}

}
