package io.github.ciscosupport.autoconfigure.test.sample;

import org.springframework.stereotype.Service;

/**
 * Application code unrelated to Cisco, which a slice test leaves out.
 */
@Service
public class ReportMailer {

}
