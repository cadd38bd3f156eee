package dev.mlopsguide.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The English words the embedding model's tokenizer knows whole (about 22,000: its vocabulary's lower-case words of
 * letters only), read from the tokenizer that ships with the model. A word among them is spelt right even when the
 * knowledge never uses it: "series", "took" and "reset" were read as "serves", "tool" and "rest" before. Misspellings
 * ("drfit", "modle", "valdiation") and jargon the tokenizer splits ("backfill", "mlflow") are not among them.
 */
final class EnglishWords {

    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private EnglishWords() {
    }

    /** Whether a lower-case word is a common English word. */
    static boolean contains(String word) {
        return Vocabulary.WORDS.contains(word);
    }

    /** Read when first asked, after the first question's ack. */
    private static final class Vocabulary {
        static final Set<String> WORDS = read();

        private static Set<String> read() {
            try (var in = EnglishWords.class.getResourceAsStream(TOKENIZER)) {
                if (in == null) {
                    throw new IllegalStateException(TOKENIZER + " is missing: the embedding model's jar is not on the class path");
                }
                var words = new HashSet<String>();
                new ObjectMapper().readTree(in).path("model").path("vocab").fieldNames().forEachRemaining(token -> {
                    if (token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        words.add(token);
                    }
                });
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the tokenizer's vocabulary", e);
            }
        }
    }
}
