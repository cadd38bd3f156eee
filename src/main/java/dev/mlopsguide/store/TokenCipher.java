package dev.mlopsguide.store;

import dev.mlopsguide.config.EncryptionKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens at rest with AES-256-GCM. A sealed value reads {@code v1:<key id>:<base64 of nonce and ciphertext>};
 * the key id (from the key's hash) says which key sealed it, so that values sealed with a previous key still open
 * after a key rotation while new values use the current key. Each value is bound to where it is stored (its
 * "context": table, column and row), so a sealed token copied into another row does not open.
 */
public final class TokenCipher {

    /** Bytes in a key: AES-256. */
    public static final int KEY_BYTES = 32;
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentId;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    /**
     * @param current  the key new values are sealed with
     * @param previous keys that only open values sealed before a rotation
     * @throws IllegalArgumentException when a key is not {@value #KEY_BYTES} bytes
     */
    public TokenCipher(byte[] current, List<byte[]> previous) {
        this.currentId = add(current);
        previous.forEach(this::add);
    }

    public static TokenCipher of(EncryptionKeys keys) {
        return new TokenCipher(keys.current(), keys.previous());
    }

    /** Seals a token for the given place; null stays null. */
    public String seal(String plain, String context) {
        if (plain == null) {
            return null;
        }
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            var encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            var out = new byte[NONCE_BYTES + encrypted.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(encrypted, 0, out, NONCE_BYTES, encrypted.length);
            return VERSION + ":" + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * Opens a sealed token; null stays null.
     *
     * @throws TokenCipherException when the value was sealed with a key we do not have, for another place, or altered
     */
    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        var parts = sealed.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new TokenCipherException("a stored token for " + context + " is not in the sealed format");
        }
        var key = keys.get(parts[1]);
        if (key == null) {
            throw new TokenCipherException("a stored token for " + context + " was sealed with key " + parts[1]
                    + ", which is neither the current encryption key nor a previous one");
        }
        try {
            var bytes = Base64.getDecoder().decode(parts[2]);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TokenCipherException("a stored token for " + context + " does not open with key " + parts[1]
                    + ": it was altered or belongs elsewhere", e);
        }
    }

    /** The id a key's values are marked with: the start of its SHA-256, which says nothing usable about the key. */
    static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private String add(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an encryption key must be " + KEY_BYTES + " bytes, not " + key.length);
        }
        var id = keyId(key);
        keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** A stored token that cannot be opened. */
    public static final class TokenCipherException extends RuntimeException {
        TokenCipherException(String message) {
            super(message);
        }

        TokenCipherException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
