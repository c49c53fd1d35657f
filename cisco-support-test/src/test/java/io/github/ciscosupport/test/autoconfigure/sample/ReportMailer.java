package io.github.ciscosupport.test.autoconfigure.sample;

import org.springframework.stereotype.Service;

/**
 * Application code unrelated to Cisco, which a slice test leaves out.
 */
@Service
public class ReportMailer {

}
