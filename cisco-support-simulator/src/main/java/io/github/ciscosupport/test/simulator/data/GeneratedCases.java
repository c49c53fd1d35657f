package io.github.ciscosupport.test.simulator.data;

import java.util.List;

/**
 * The support cases and RMAs the {@link CaseGenerator} made.
 *
 * @param cases the cases, by case ID
 * @param rmas the RMAs, by RMA number
 * @author cisco-support-spring
 */
record GeneratedCases(List<SupportCase> cases, List<Rma> rmas) {

}
