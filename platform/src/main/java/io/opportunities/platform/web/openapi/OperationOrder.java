package io.opportunities.platform.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operations in the order a deal lives, so that Swagger UI and a generated client read like the sales process:
 * open, qualify, record buying actions, advance, agree next steps and their outcomes, plan how to win, close; then
 * what managers read, what history teaches, and the administration. Tags come in that order, and operations within a
 * tag in the order of {@link #LIFECYCLE}. An operation this list does not name fails the document, so that a new one
 * is placed where it belongs rather than at the end.
 */
class OperationOrder implements OpenApiCustomizer, Ordered {

    static final int ORDER = 300;

    static final List<String> TAGS = List.of("Opportunity commands", "Opportunities", "Closing plan commands",
            "Closing plan", "Funnel", "Attention", "Win/loss", "Analytics", "Sales process", "Sales organisation",
            "Imports", "Administration");

    static final List<String> LIFECYCLE = List.of(
            // a deal's life
            "openOpportunity", "qualifyOpportunity", "recordBuyingAction", "advanceStage", "moveBackStage",
            "agreeNextStep", "recordNextStepOutcome", "reviseOpportunity", "recordOpportunityReview", "closeAsWon",
            "closeAsLost", "withdrawOpportunity", "reopenOpportunity", "recordWinLossReview",
            // what it is now and how it got there
            "listOpportunities", "getOpportunity", "getHistory",
            // planning how to win it
            "identifyStakeholder", "assessStakeholder", "removeStakeholder", "eraseStakeholderPersonalData",
            "recordCompetitor", "recordKeyPoint", "rateKeyPoint", "assessOpportunity", "setSmartGoal", "planAction",
            "completeAction", "cancelAction", "recordRisk", "mitigateRisk", "recordInformationGap",
            "closeInformationGap", "requestInternalDecision", "recordInternalDecision", "overrideClosingCertainty",
            "removeClosingCertaintyOverride",
            "getClosingPlan", "getBuyingCentre",
            // the manager's view
            "getFunnel", "getForecast", "getConversion", "getAttentionList",
            // learning from history
            "getWinLossReview", "getWinLossAnalysis", "getWinProbability", "getWinProbabilities", "getCalibration",
            "getProcessAnalysis", "getWinModels",
            // the organisation and its process
            "getSalesProcess", "listTeams", "listCustomers",
            // administration
            "startImport", "listImports", "getImport",
            "listProjections", "getProjection", "rebuildProjection", "rebuildAllProjections",
            "listDeadLetters", "getProjectionDeadLetters", "retryDeadLetters", "refitWinModel");

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void customise(OpenAPI openApi) {
        List<String> unplaced = openApi.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .map(Operation::getOperationId)
                .filter(id -> !LIFECYCLE.contains(id))
                .toList();
        if (!unplaced.isEmpty()) {
            throw new IllegalStateException("Operations without a place in the API's order: " + unplaced
                    + "; add them to OperationOrder.LIFECYCLE where they belong in a deal's life");
        }
        Map<String, Tag> tags = openApi.getTags() == null ? Map.of() : openApi.getTags().stream()
                .collect(Collectors.toMap(Tag::getName, Function.identity(), (first, second) -> first));
        List<Tag> ordered = new ArrayList<>();
        for (String name : TAGS) {
            Tag tag = tags.get(name);
            if (tag != null || usesTag(openApi, name)) {
                ordered.add(tag != null ? tag : new Tag().name(name));
            }
        }
        tags.values().stream().filter(tag -> !TAGS.contains(tag.getName())).forEach(ordered::add);
        openApi.setTags(ordered);

        List<Map.Entry<String, PathItem>> paths = new ArrayList<>(openApi.getPaths().entrySet());
        paths.sort(Comparator.comparingInt(path -> place(path.getValue())));
        Paths sorted = new Paths();
        paths.forEach(path -> sorted.addPathItem(path.getKey(), path.getValue()));
        sorted.setExtensions(openApi.getPaths().getExtensions());
        openApi.setPaths(sorted);
    }

    /** A path's place: its first operation's tag, then that operation's place in a deal's life. */
    private static int place(PathItem item) {
        return item.readOperations().stream()
                .filter(Objects::nonNull)
                .mapToInt(operation -> tagPlace(operation) * 1000 + LIFECYCLE.indexOf(operation.getOperationId()))
                .min()
                .orElse(Integer.MAX_VALUE);
    }

    private static int tagPlace(Operation operation) {
        int place = operation.getTags() == null || operation.getTags().isEmpty() ? -1
                : TAGS.indexOf(operation.getTags().get(0));
        return place < 0 ? TAGS.size() : place;
    }

    private static boolean usesTag(OpenAPI openApi, String name) {
        return openApi.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .anyMatch(operation -> operation.getTags() != null && operation.getTags().contains(name));
    }
}
