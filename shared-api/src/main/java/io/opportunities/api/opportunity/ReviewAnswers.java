package io.opportunities.api.opportunity;

/**
 * The manager's answers to the five review questions (seed 000).
 *
 * @param stageAssessment     1. What is the sales process stage?
 * @param agreedActionsStatus 2. What is the status of the previously agreed actions; what happened since the last
 *                            review?
 * @param blockingIssues      3. Any issues preventing us from moving ahead?
 * @param couldPreventWinning 4. What could prevent us from winning?
 * @param requiredToWin       5. What are the actions required to win?
 */
public record ReviewAnswers(String stageAssessment,
                            String agreedActionsStatus,
                            String blockingIssues,
                            String couldPreventWinning,
                            String requiredToWin) {
}
