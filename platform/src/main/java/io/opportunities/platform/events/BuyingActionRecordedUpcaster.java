package io.opportunities.platform.events;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code BuyingActionRecorded} of revision 1 (stored without a revision, its buying action type in
 * {@code type}) as revision 2 (the type in {@code buyingActionType}). The stored event is never rewritten: every
 * read, by an aggregate, a projection or a replay, meets revision 2.
 */
public class BuyingActionRecordedUpcaster extends SingleEventUpcaster {

    static final String TYPE = "io.opportunities.api.opportunity.BuyingActionRecorded";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, null);
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, ObjectNode.class, BuyingActionRecordedUpcaster::toRevision2);
    }

    /** {@code type} becomes {@code buyingActionType}; every other field stays as it is. */
    static ObjectNode toRevision2(ObjectNode revision1) {
        ObjectNode revision2 = revision1.deepCopy();
        if (revision2.has("type")) {
            revision2.set("buyingActionType", revision2.remove("type"));
        }
        return revision2;
    }
}
