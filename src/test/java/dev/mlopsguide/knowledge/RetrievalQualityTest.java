package dev.mlopsguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlopsguide.maturity.TestContent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Regression guards on retrieval quality, with floors well below the measured figures (docs/developing.md) so that they cannot
 * flake: the project's own question set, and a fixed slice of the Zoomcamp FAQ benchmark.
 */
class RetrievalQualityTest {

    private static final Path ZOOMCAMP = Path.of("../shared/eval/zoomcamp-faq");

    @Test
    void ourOwnQuestionsFindTheirArticleInTheTopThree() throws Exception {
        var questions = RetrievalEvaluation.readGroundTruth(TestContent.resource("knowledge-questions.csv"));
        assertThat(questions).hasSizeGreaterThanOrEqualTo(60);

        var hybrid = RetrievalEvaluation.run(TestKnowledge.retriever(), questions, 3, Retriever.Mode.HYBRID, n -> { });
        var bm25 = RetrievalEvaluation.run(TestKnowledge.retriever(), questions, 3, Retriever.Mode.BM25, n -> { });

        assertThat(hybrid.overall().hitRate()).isGreaterThan(0.85);
        assertThat(hybrid.overall().hitRate()).isGreaterThanOrEqualTo(bm25.overall().hitRate());
    }

    @Test
    void aSliceOfTheZoomcampBenchmarkIsRetrievedWell() throws Exception {
        assumeTrue(Files.isDirectory(ZOOMCAMP), "the shared evaluation data is beside the project");
        var pack = FaqPack.load(ZOOMCAMP.resolve("documents.json"));
        var mlops = new KnowledgeBase(pack.passages().stream().filter(p -> p.course().equals("mlops-zoomcamp")).toList());
        var questions = RetrievalEvaluation.readGroundTruth(ZOOMCAMP.resolve("ground-truth.csv")).stream()
                .filter(q -> q.course().equals("mlops-zoomcamp")).limit(150).toList();

        var report = RetrievalEvaluation.run(new Retriever(mlops, new MiniLmEmbeddings()), questions, 5,
                Retriever.Mode.HYBRID, n -> { });

        assertThat(report.overall().questions()).isEqualTo(150);
        assertThat(report.overall().hitRate()).isGreaterThan(0.85);
        assertThat(report.overall().mrr()).isGreaterThan(0.7);
        assertThat(report.courses()).containsOnlyKeys("mlops-zoomcamp");
    }

    @Test
    void theWholeZoomcampFaqLoadsAsAKnowledgePack() {
        assumeTrue(Files.isDirectory(ZOOMCAMP), "the shared evaluation data is beside the project");
        var pack = FaqPack.load(ZOOMCAMP.resolve("documents.json"));

        assertThat(pack.passages()).hasSize(573);
        assertThat(pack.passages()).extracting(Passage::course).containsOnly("data-engineering-zoomcamp", "mlops-zoomcamp");
    }
}
