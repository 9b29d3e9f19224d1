package io.opportunities.platform.personaldata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataCipherTest {

    @Test
    void aValueSealedForAPerson_opensWithTheirKeyOnly() {
        byte[] secret = PersonalDataCipher.newSecret();
        String sealed = PersonalDataCipher.encrypt(secret, "s-1", "Dana Weber");

        assertThat(sealed).startsWith(PersonalDataCipher.PREFIX).doesNotContain("Dana");
        assertThat(PersonalDataCipher.encrypt(secret, "s-1", "Dana Weber")).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(PersonalDataCipher.decrypt(secret, "s-1", sealed)).contains("Dana Weber");
        assertThat(PersonalDataCipher.decrypt(PersonalDataCipher.newSecret(), "s-1", sealed)).as("another key")
                .isEmpty();
        assertThat(PersonalDataCipher.decrypt(secret, "s-2", sealed)).as("moved to another person").isEmpty();
        assertThat(PersonalDataCipher.decrypt(secret, "s-1", PersonalDataCipher.PREFIX + "not base64!")).isEmpty();
    }
}
