package io.opportunities.platform.personaldata;

import io.opportunities.api.closingplan.StakeholderIdentified;
import io.opportunities.api.closingplan.StakeholderPersonalDataErased;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The event serializer, with a person's personal data encrypted in the stored form: a {@code StakeholderIdentified}
 * is stored with the stakeholder's name, title, business goal and challenge and personal win sealed with the
 * stakeholder's own key, and read back in plain text while the key exists, as {@value StakeholderPersonalDataErased#ERASED}
 * once it is erased. Aggregates and projections see the plain event; the database never holds it. A value stored in
 * plain text before this existed (no prefix) is read as it is.
 */
public final class PersonalDataProtection implements Serializer {

    private final Serializer events;
    private final ObjectProvider<PersonalDataKeys> keys;

    public PersonalDataProtection(Serializer events, ObjectProvider<PersonalDataKeys> keys) {
        this.events = events;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        return events.serialize(object instanceof StakeholderIdentified identified ? sealed(identified) : object,
                expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        T object = events.deserialize(serializedObject);
        @SuppressWarnings("unchecked")
        T revealed = object instanceof StakeholderIdentified identified ? (T) revealed(identified) : object;
        return revealed;
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return events.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return events.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return events.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return events.getConverter();
    }

    private StakeholderIdentified sealed(StakeholderIdentified event) {
        String subject = event.stakeholderId();
        byte[] secret = keys.getObject().secretFor(subject).orElse(null);
        return new StakeholderIdentified(event.opportunityId(), subject, seal(secret, subject, event.name()),
                seal(secret, subject, event.title()), event.role(), event.influencerGrade(),
                seal(secret, subject, event.businessGoal()), seal(secret, subject, event.businessChallenge()),
                seal(secret, subject, event.personalWin()), event.recordedBy(), event.recordedAt(),
                event.occurredOn());
    }

    private StakeholderIdentified revealed(StakeholderIdentified event) {
        String subject = event.stakeholderId();
        if (!PersonalDataCipher.isEncrypted(event.name()) && !PersonalDataCipher.isEncrypted(event.title())) {
            return event;
        }
        byte[] secret = keys.getObject().existingSecret(subject).orElse(null);
        return new StakeholderIdentified(event.opportunityId(), subject, open(secret, subject, event.name()),
                open(secret, subject, event.title()), event.role(), event.influencerGrade(),
                open(secret, subject, event.businessGoal()), open(secret, subject, event.businessChallenge()),
                open(secret, subject, event.personalWin()), event.recordedBy(), event.recordedAt(),
                event.occurredOn());
    }

    /** Nothing to hide in nothing; a subject erased before their data is stored gets none stored. */
    private static String seal(byte[] secret, String subject, String value) {
        if (value == null) {
            return null;
        }
        return secret == null ? StakeholderPersonalDataErased.ERASED : PersonalDataCipher.encrypt(secret, subject, value);
    }

    private static String open(byte[] secret, String subject, String value) {
        if (!PersonalDataCipher.isEncrypted(value)) {
            return value;
        }
        return secret == null ? StakeholderPersonalDataErased.ERASED
                : PersonalDataCipher.decrypt(secret, subject, value).orElse(StakeholderPersonalDataErased.ERASED);
    }
}
