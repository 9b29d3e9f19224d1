package io.opportunities.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The tests' OAuth2 issuer: one RSA key pair per JVM, its public key in a PEM file that the backend is configured
 * with ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), and signed JWTs for any user with any
 * roles, as an identity provider would issue them.
 */
final class BearerTokens {

    /** The tests' issuer's keys: its public key is the one the backend trusts. */
    static final KeyPair KEYS = generate();
    static final Path PUBLIC_KEY = writePublicKey();

    private BearerTokens() {
    }

    /** The audience the backend is configured to accept ({@code ...resourceserver.jwt.audiences}). */
    static final String AUDIENCE = "opportunities";

    static String forUser(String user, List<String> roles) {
        return sign(KEYS, user, roles, Instant.now().plus(Duration.ofHours(1)));
    }

    /** Signed with the key pair given: another issuer's token when it is not the configured one. */
    static String sign(KeyPair keys, String user, List<String> roles, Instant expiresAt) {
        return sign(keys, user, roles, expiresAt, AUDIENCE);
    }

    /** For the audience given: a token the issuer made for another application when it is not {@link #AUDIENCE}. */
    static String sign(KeyPair keys, String user, List<String> roles, Instant expiresAt, String audience) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("subject-of-" + user)
                .audience(audience)
                .claim("preferred_username", user)
                .claim("roles", roles)
                .issueTime(new Date())
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("opportunities-test-issuer", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
