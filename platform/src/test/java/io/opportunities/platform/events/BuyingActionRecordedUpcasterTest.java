package io.opportunities.platform.events;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class BuyingActionRecordedUpcasterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void revision1sTypeIsRevision2sBuyingActionType_andEveryOtherFieldStays() {
        ObjectNode revision1 = (ObjectNode) JSON.readTree("""
                {"opportunityId": "o-1", "buyingActionId": "b-1", "type": "DECISION_MAKER_CONTACTED",
                 "description": "CFO met", "evidence": "Minutes", "recordedBy": "rita",
                 "recordedAt": "2026-10-05T10:00:00Z", "occurredOn": "2026-10-05"}""");

        ObjectNode revision2 = BuyingActionRecordedUpcaster.toRevision2(revision1);

        assertThat(revision2).isEqualTo(JSON.readTree("""
                {"opportunityId": "o-1", "buyingActionId": "b-1", "buyingActionType": "DECISION_MAKER_CONTACTED",
                 "description": "CFO met", "evidence": "Minutes", "recordedBy": "rita",
                 "recordedAt": "2026-10-05T10:00:00Z", "occurredOn": "2026-10-05"}"""));
        assertThat(revision1.has("type")).as("the stored form is not changed").isTrue();
    }
}
