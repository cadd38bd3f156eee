package dev.mlopsguide.slack.flows;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Text that travels through Slack (a modal's {@code private_metadata}) and comes back unchanged or is refused: a
 * short HMAC, keyed from the app's secret and the form it belongs to, is appended, so every replica with the same
 * secret can check it, and one form's state is refused by another.
 */
public final class SignedText {

    private static final String SEPARATOR = "~";
    private static final int MAC_LENGTH = 22;

    private final byte[] key;

    /** {@code secret}: the app's signing secret (or, in Socket Mode, its app token); {@code form}: whose state it signs. */
    public SignedText(String secret, String form) {
        this.key = hmac(secret.getBytes(StandardCharsets.UTF_8), "mlops-guide private metadata v2 " + form);
    }

    public String sign(String text) {
        return text + SEPARATOR + mac(text);
    }

    /** Text that may come back only with requests of {@code workspaceId}. */
    public String signFor(String workspaceId, String text) {
        return sign(workspaceId + SEPARATOR + text);
    }

    /** The text signed for {@code workspaceId}, or empty when tampered with, another app's or another workspace's. */
    public Optional<String> verifyFor(String workspaceId, String signed) {
        return verify(signed).filter(text -> text.startsWith(workspaceId + SEPARATOR))
                .map(text -> text.substring(workspaceId.length() + SEPARATOR.length()));
    }

    /** The signed text, or empty when the signature does not match (tampered with, or another app's). */
    public Optional<String> verify(String signed) {
        if (signed == null) {
            return Optional.empty();
        }
        int cut = signed.lastIndexOf(SEPARATOR);
        if (cut < 0) {
            return Optional.empty();
        }
        var text = signed.substring(0, cut);
        var expected = mac(text).getBytes(StandardCharsets.US_ASCII);
        var actual = signed.substring(cut + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual) ? Optional.of(text) : Optional.empty();
    }

    private String mac(String text) {
        var digest = hmac(key, text);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, MAC_LENGTH);
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
