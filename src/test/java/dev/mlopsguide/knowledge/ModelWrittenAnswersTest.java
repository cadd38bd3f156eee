package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.mlopsguide.config.AnswerSettings;
import dev.mlopsguide.maturity.TestContent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Answers written by a language model, against an OpenAI-compatible endpoint faked on loopback: a grounded answer is
 * used with its numbered sources; an answer the passages do not support, a refusal, or a model slower than its
 * timeout lead to the extractive answer or to "not sure".
 */
class ModelWrittenAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "how do we detect data drift?";
    private static final Pattern HOW_TO_DETECT = Pattern.compile("\\[(\\d)] Detecting data drift - How to detect it");

    private final List<String> prompts = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aGroundedAnswerIsGivenWithItsPassagesAsNumberedSources() throws IOException {
        var answerer = answererWith(prompt -> "Compare a recent window of production inputs with a reference window, "
                + "feature by feature, using statistical tests such as Kolmogorov-Smirnov [" + howToDetect(prompt) + "].",
                Duration.ZERO, Duration.ofSeconds(5));

        var answer = answerer.answer(QUESTION, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isTrue();
        assertThat(answer.text()).startsWith("Compare a recent window").contains("Kolmogorov-Smirnov [");
        int cited = Integer.parseInt(answer.text().replaceAll(".*\\[(\\d)].*", "$1"));
        assertThat(answer.sources().get(cited - 1).id()).isEqualTo("data-drift#how-to-detect-it");
        assertThat(prompts).singleElement().satisfies(p -> assertThat(p).contains("Question: " + QUESTION)
                .contains("reply exactly: NOT IN THE PASSAGES"));
    }

    @Test
    void aSentenceThePassagesDoNotSupportLeadsToTheExtractiveAnswer() throws IOException {
        var answerer = answererWith(prompt -> "Compare a recent window of production inputs with a reference window ["
                + howToDetect(prompt) + "]. Quantum sensors on every server detect drift before it happens [1].",
                Duration.ZERO, Duration.ofSeconds(5));

        var answer = answerer.answer(QUESTION, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.text()).doesNotContain("Quantum").contains("Kolmogorov-Smirnov");
        assertThat(answer.confident()).isTrue();
    }

    @Test
    void aCitationOfNoPassageGivenIsNotGrounded() throws IOException {
        var answerer = answererWith(prompt -> "Compare a recent window of production inputs with a reference window [9].",
                Duration.ZERO, Duration.ofSeconds(5));

        assertThat(answerer.answer(QUESTION, () -> Answerer.TeamContext.UNKNOWN).text()).contains("Kolmogorov-Smirnov");
    }

    @Test
    void whenTheModelSaysThePassagesDoNotAnswerTheAnswerIsNotSure() throws IOException {
        var answerer = answererWith(prompt -> ModelWrittenAnswers.REFUSAL, Duration.ZERO, Duration.ofSeconds(5));

        var answer = answerer.answer(QUESTION, () -> Answerer.TeamContext.UNKNOWN);

        assertThat(answer.confident()).isFalse();
        assertThat(answer.text()).startsWith("I'm not sure");
    }

    @Test
    void aModelSlowerThanItsTimeoutLeadsToTheExtractiveAnswer() throws IOException {
        var answerer = answererWith(prompt -> "Too late [1].", Duration.ofSeconds(3), Duration.ofSeconds(1));

        long start = System.nanoTime();
        var answer = answerer.answer(QUESTION, () -> Answerer.TeamContext.UNKNOWN);
        System.out.printf("A model slower than its 1 s timeout: extractive answer after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);

        assertThat(answer.text()).doesNotContain("Too late").contains("Kolmogorov-Smirnov");
        assertThat(prompts).hasSize(1);
    }

    private static String howToDetect(String prompt) {
        var matcher = HOW_TO_DETECT.matcher(prompt);
        return matcher.find() ? matcher.group(1) : "1";
    }

    /** An answerer whose model is the fake endpoint, answering {@code reply(prompt)} after {@code delay}. */
    private Answerer answererWith(UnaryOperator<String> reply, Duration delay, Duration timeout) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                var request = JSON.readTree(exchange.getRequestBody().readAllBytes());
                var prompt = request.path("messages").get(1).path("content").asText();
                prompts.add(request.path("messages").get(0).path("content").asText() + "\n" + prompt);
                Thread.sleep(delay.toMillis());
                var body = JSON.writeValueAsBytes(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 0,
                        "model", request.path("model").asText(), "choices", List.of(Map.of("index", 0,
                                "message", Map.of("role", "assistant", "content", reply.apply(prompt)),
                                "finish_reason", "stop")),
                        "usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2)));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException | IOException e) {
                // The client gave up waiting.
            }
        });
        server.start();
        var settings = new AnswerSettings.LanguageModel(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/v1"), "test-model", "none", timeout);
        return new Answerer(TestContent.bundled(), TestKnowledge.retriever(),
                Optional.of(ModelWrittenAnswers.openAi(settings)));
    }
}
