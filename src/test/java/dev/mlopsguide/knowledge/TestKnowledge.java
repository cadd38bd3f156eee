package dev.mlopsguide.knowledge;

import dev.mlopsguide.maturity.TestContent;
import dev.mlopsguide.maturity.content.ContentLocation;
import java.nio.file.Path;
import java.util.List;

/**
 * The built-in knowledge base, its retriever and answerer, built once for all tests, from the vectors the build
 * computed (the model still loads for questions).
 */
public final class TestKnowledge {

    private static volatile Retriever retriever;
    private static Embeddings embeddings;

    private TestKnowledge() {
    }

    public static KnowledgeBase bundled() {
        return KnowledgeLoader.load(ContentLocation.bundled(), List.of());
    }

    public static synchronized Retriever retriever() {
        if (retriever == null) {
            retriever = retriever(bundled());
        }
        return retriever;
    }

    /** A retriever over {@code knowledge}, sharing the model and the vectors of the built-in one. */
    public static synchronized Retriever retriever(KnowledgeBase knowledge) {
        if (embeddings == null) {
            embeddings = new CachedEmbeddings(new MiniLmEmbeddings(), MiniLmEmbeddings.NAME,
                    Path.of("target", "test-embeddings.bin"), BundledVectors.read(MiniLmEmbeddings.NAME));
        }
        return new Retriever(knowledge, embeddings);
    }

    public static Answerer answerer() {
        return new Answerer(TestContent.bundled(), retriever());
    }
}
