package dev.mlopsguide.store;

import java.security.SecureRandom;

/** Encryption keys for tests: fresh random ones, as an operator would create them. */
public final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    public static byte[] random() {
        var key = new byte[TokenCipher.KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }
}
