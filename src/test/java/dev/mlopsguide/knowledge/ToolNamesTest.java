package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolNamesTest {

    private static final List<Passage> PASSAGES = List.of(
            passage("cards", "Keep a card next to each model. Tools: Model Card Toolkit, a Markdown template."),
            passage("tracking", "Track every model run. Tools: MLflow, Neptune."),
            passage("registry", "Register the model with an alias."),
            passage("serving", "Serve the model behind an API."));

    @Test
    void productsAreKnownByTheFirstWordOfTheirNames() {
        var tools = ToolNames.in(PASSAGES);

        assertThat(tools.compared("mlflow vs neptune?")).isTrue();
        assertThat(tools.namesOneOf("is neptune any good", PASSAGES.get(1))).isTrue();
    }

    @Test
    void aFirstWordTheKnowledgeUsesEverywhereIsNotAProduct() {
        var tools = ToolNames.in(PASSAGES);

        assertThat(tools.compared("mlflow or a model registry?")).isFalse();
        assertThat(tools.namesOneOf("how do we serve a model", PASSAGES.get(3))).isFalse();
    }

    private static Passage passage(String id, String text) {
        return new Passage(id, id, id, "", text, "", "", "", "", "");
    }
}
