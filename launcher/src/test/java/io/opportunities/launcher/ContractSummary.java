package io.opportunities.launcher;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints at the end of the test run how many answers the contract test validated, by status. */
public class ContractSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (Contract.validated() > 0) {
            System.out.println(Contract.summary());
        }
    }
}
