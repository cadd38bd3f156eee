package dev.mlopsguide.knowledge;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.mlopsguide.config.AnswerSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers written by a language model from the passages found, and from nothing else: each sentence cites its
 * passage as [n], and the model says when the passages do not answer. A written answer is kept only if it passes a
 * grounding check (every sentence cites a passage given and shares most of its words with it); otherwise, or when the
 * model fails or takes longer than its timeout, the caller gives the extractive answer.
 */
public final class ModelWrittenAnswers {

    /** What the model said to answer with. */
    public sealed interface Written {
        /** A grounded answer; its [n] cite {@code passages} in order. */
        record Grounded(String text) implements Written {
        }

        /** The model said the passages do not answer the question. */
        record Refused() implements Written {
        }

        /** No usable answer (a failure, a timeout, or an answer that failed the grounding check), and why. */
        record Unusable(String why) implements Written {
        }
    }

    /** What the model gave so far, and how long it took: {@code unusable} answers fell back to the passages. */
    public record Tally(long grounded, long refused, long unusable, long meanMillis, long maxMillis) {
    }

    static final String REFUSAL = "NOT IN THE PASSAGES";
    /** The share of a sentence's words that its cited passages must contain. */
    static final double GROUNDED = 0.6;
    private static final Logger LOG = LoggerFactory.getLogger(ModelWrittenAnswers.class);
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final String INSTRUCTIONS = "You answer MLOps questions for ML teams in Slack, using only the "
            + "numbered passages given. End every sentence with the number of the passage it comes from, as [1]. "
            + "Use the passages' own words where you can. Keep to 120 words; use '- ' for list items and **bold** "
            + "sparingly. If the passages do not answer the question, reply exactly: " + REFUSAL;

    private final ChatModel model;
    private final Function<String, Set<String>> terms;
    private final AtomicLong grounded = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unusable = new AtomicLong();
    private final AtomicLong totalMillis = new AtomicLong();
    private final AtomicLong maxMillis = new AtomicLong();

    /** {@code terms}: a text's words as the lexical search compares them. */
    ModelWrittenAnswers(ChatModel model, Function<String, Set<String>> terms) {
        this.model = model;
        this.terms = terms;
    }

    /** A client for the endpoint in the settings: no retries (the answer waits), at most its timeout. */
    public static ChatModel openAi(AnswerSettings.LanguageModel settings) {
        return OpenAiChatModel.builder().baseUrl(settings.url().toString()).modelName(settings.model())
                .apiKey(settings.key()).timeout(settings.timeout()).maxRetries(0).temperature(0.0).build();
    }

    public Written write(String question, List<Passage> passages) {
        var prompt = new StringBuilder("Passages:\n");
        for (int i = 0; i < passages.size(); i++) {
            prompt.append('[').append(i + 1).append("] ").append(passages.get(i).label()).append(": ")
                    .append(passages.get(i).text()).append("\n\n");
        }
        prompt.append("Question: ").append(question);
        long start = System.nanoTime();
        var written = written(prompt.toString(), passages);
        long millis = (System.nanoTime() - start) / 1_000_000;
        totalMillis.addAndGet(millis);
        maxMillis.accumulateAndGet(millis, Math::max);
        (written instanceof Written.Grounded ? grounded : written instanceof Written.Refused ? refused : unusable)
                .incrementAndGet();
        if (written instanceof Written.Unusable why) {
            LOG.info("No written answer after {} ms ({}); answering with the passages", millis, why.why());
        }
        return written;
    }

    /** The answers written so far. */
    public Tally tally() {
        long count = grounded.get() + refused.get() + unusable.get();
        return new Tally(grounded.get(), refused.get(), unusable.get(), count == 0 ? 0 : totalMillis.get() / count,
                maxMillis.get());
    }

    private Written written(String prompt, List<Passage> passages) {
        String text;
        try {
            text = model.chat(SystemMessage.from(INSTRUCTIONS), UserMessage.from(prompt)).aiMessage().text();
        } catch (RuntimeException e) {
            return new Written.Unusable("no answer: " + e.getClass().getSimpleName());
        }
        if (text == null || text.isBlank()) {
            return new Written.Unusable("an empty answer");
        }
        if (text.strip().startsWith(REFUSAL)) {
            return new Written.Refused();
        }
        var ungrounded = ungrounded(text.strip(), passages);
        return ungrounded.isEmpty() ? new Written.Grounded(text.strip()) : new Written.Unusable(ungrounded);
    }

    /** Why the answer is not grounded in the passages, or "" when every sentence is. */
    String ungrounded(String text, List<Passage> passages) {
        for (var sentence : SENTENCE_END.split(text)) {
            var words = terms.apply(CITATION.matcher(sentence).replaceAll(" "));
            if (words.isEmpty()) {
                continue;
            }
            var cited = CITATION.matcher(sentence).results().map(m -> Integer.parseInt(m.group(1))).toList();
            if (cited.isEmpty()) {
                return "a sentence cites no passage";
            }
            var source = new HashSet<String>();
            for (int n : cited) {
                if (n < 1 || n > passages.size()) {
                    return "a sentence cites passage " + n + " of " + passages.size();
                }
                source.addAll(terms.apply(passages.get(n - 1).label() + " " + passages.get(n - 1).text()));
            }
            long shared = words.stream().filter(source::contains).count();
            if (shared < GROUNDED * words.size()) {
                return "a sentence shares " + shared + " of its " + words.size() + " words with its passages";
            }
        }
        return "";
    }
}
