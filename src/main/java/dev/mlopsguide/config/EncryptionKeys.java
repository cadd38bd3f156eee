package dev.mlopsguide.config;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The keys that seal stored tokens: {@code MLOPS_GUIDE_ENCRYPTION_KEY} (32 random bytes in base64) seals and opens;
 * {@code MLOPS_GUIDE_PREVIOUS_ENCRYPTION_KEYS} (comma-separated) only open what they sealed, during a key rotation.
 * {@link #toString()} never shows a key.
 */
public record EncryptionKeys(byte[] current, List<byte[]> previous) {

    public static final String KEY = "MLOPS_GUIDE_ENCRYPTION_KEY";
    public static final String PREVIOUS_KEYS = "MLOPS_GUIDE_PREVIOUS_ENCRYPTION_KEYS";
    static final int KEY_BYTES = 32;
    private static final String HOW = "create a key with `openssl rand -base64 32` and keep it in your secret store";

    @Override
    public String toString() {
        return "EncryptionKeys[" + (1 + previous.size()) + " key(s)]";
    }

    /** @throws SettingsException when the key is missing ({@code why} says what needs it) or malformed */
    public static EncryptionKeys fromEnvironment(Map<String, String> env, String why) {
        var current = key(KEY, Env.optional(env, KEY).orElseThrow(() -> new SettingsException(KEY,
                "is not set; " + why + "; " + HOW)));
        var previous = Env.optional(env, PREVIOUS_KEYS).stream()
                .flatMap(keys -> Arrays.stream(keys.split(","))).map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> key(PREVIOUS_KEYS, k)).toList();
        return new EncryptionKeys(current, previous);
    }

    private static byte[] key(String variable, String text) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(variable, "is not base64; " + HOW);
        }
        if (key.length != KEY_BYTES) {
            throw new SettingsException(variable, "must be " + KEY_BYTES + " bytes in base64, not " + key.length + "; " + HOW);
        }
        return key;
    }
}
