package dev.mlopsguide.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final byte[] KEY = filled(1);
    private final TokenCipher cipher = new TokenCipher(KEY, List.of());

    @Test
    void aSealedTokenOpensForItsOwnPlaceOnlyAndNeverSealsTheSameWayTwice() {
        var sealed = cipher.seal("xoxb-secret", "slack_bot//T1/bot_token");

        assertThat(sealed).startsWith("v1:" + TokenCipher.keyId(KEY) + ":").doesNotContain("xoxb");
        assertThat(cipher.seal("xoxb-secret", "slack_bot//T1/bot_token")).isNotEqualTo(sealed);
        assertThat(cipher.open(sealed, "slack_bot//T1/bot_token")).isEqualTo("xoxb-secret");
        assertThatThrownBy(() -> cipher.open(sealed, "slack_bot//T2/bot_token"))
                .hasMessageContaining("altered or belongs elsewhere");
        assertThat(cipher.seal(null, "x")).isNull();
        assertThat(cipher.open(null, "x")).isNull();
    }

    @Test
    void anAlteredOrForeignValueIsRefusedWithAClearMessage() {
        var sealed = cipher.seal("xoxb-secret", "here");
        var bytes = Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
        bytes[bytes.length - 1] ^= 1;
        var altered = sealed.substring(0, sealed.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.open(altered, "here")).isInstanceOf(TokenCipher.TokenCipherException.class);
        assertThatThrownBy(() -> cipher.open("xoxb-plain", "here")).hasMessageContaining("not in the sealed format");
        assertThatThrownBy(() -> new TokenCipher(filled(2), List.of()).open(sealed, "here"))
                .hasMessageContaining("sealed with key " + TokenCipher.keyId(KEY))
                .hasMessageContaining("neither the current encryption key nor a previous one");
    }

    @Test
    void aPreviousKeyStillOpensWhatItSealedWhileNewValuesUseTheCurrentKey() {
        var old = cipher.seal("xoxb-secret", "here");
        var rotated = new TokenCipher(filled(2), List.of(KEY));

        assertThat(rotated.open(old, "here")).isEqualTo("xoxb-secret");
        assertThat(rotated.seal("xoxb-secret", "here")).startsWith("v1:" + TokenCipher.keyId(filled(2)) + ":");
    }

    @Test
    void keysMustBe32Bytes() {
        assertThatThrownBy(() -> new TokenCipher(new byte[16], List.of())).hasMessageContaining("32 bytes, not 16");
    }

    private static byte[] filled(int value) {
        var key = new byte[TokenCipher.KEY_BYTES];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
